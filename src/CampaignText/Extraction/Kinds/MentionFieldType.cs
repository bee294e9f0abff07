namespace CampaignText.Extraction.Kinds;

/// <summary>How a <see cref="MentionField"/> is written: as text, a number, a flag or a date.</summary>
public enum MentionFieldType
{
    /// <summary>A string (JSON string or null; a TEXT column).</summary>
    Text,

    /// <summary>A decimal number (JSON number or null; a REAL column).</summary>
    Number,

    /// <summary>A true/false flag (JSON boolean; an INTEGER 0/1 column in SQLite).</summary>
    Flag,

    /// <summary>A calendar day (JSON string <c>yyyy-MM-dd</c> or null; a TEXT column).</summary>
    Date,
}
