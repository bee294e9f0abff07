namespace CampaignText.Structure;

/// <summary>
/// One reflowed paragraph of body text: lines broken by page breaks are joined, page numbers, markup and
/// extraction spaces are gone.
/// </summary>
/// <param name="Index">Position of the paragraph in the whole document, from 0.</param>
/// <param name="Text">The cleaned text of the paragraph.</param>
/// <param name="Source">
/// The span of the source text the paragraph came from, from its first char to its last char
/// (end exclusive); it may cover page numbers and blank lines that were dropped from <see cref="Text"/>.
/// </param>
/// <param name="Part">
/// The part heading (一、… / （一）… / 1. …) of the article the paragraph sits under, the nearest one when
/// parts nest; <c>null</c> when none. Part-heading lines are not paragraphs themselves.
/// </param>
public sealed record Paragraph(int Index, string Text, TextSpan Source, string? Part = null);
