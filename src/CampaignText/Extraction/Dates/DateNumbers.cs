using CampaignText.Extraction.Quantities;

namespace CampaignText.Extraction.Dates;

/// <summary>
/// The one reader of the numbers of a date, for the date extractor and the masthead alike: years, months and days in
/// ASCII or full-width digits or in Chinese numerals (二〇二〇, 十二, 二十四), through the numeral table.
/// </summary>
internal static class DateNumbers
{
    /// <summary>A whole number (a month, a day, an issue number); null when it is none or does not fit an int.</summary>
    /// <param name="numerals">The numeral table.</param>
    /// <param name="text">The digits or numerals, with nothing around them.</param>
    public static int? Whole(NumeralTable numerals, ReadOnlySpan<char> text) =>
        !text.IsEmpty && numerals.TryParse(text, out decimal value) && value <= int.MaxValue && value == decimal.Truncate(value) ? (int)value : null;

    /// <summary>
    /// A year written with four digits or four Chinese digits (2020, ２０２０, 二〇二〇) within
    /// <paramref name="min"/>..<paramref name="max"/>; null otherwise.
    /// </summary>
    /// <param name="numerals">The numeral table.</param>
    /// <param name="text">The year's four characters.</param>
    /// <param name="min">The earliest year read.</param>
    /// <param name="max">The latest year read.</param>
    public static int? Year(NumeralTable numerals, ReadOnlySpan<char> text, int min, int max) =>
        text.Length == 4 && Whole(numerals, text) is int year && year >= min && year <= max ? year : null;
}
