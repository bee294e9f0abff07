namespace CampaignText.Export;

/// <summary>The file formats a corpus can be exported to.</summary>
public enum CorpusFormat
{
    /// <summary>One file, one JSON object per line in the bulletin JSON contract.</summary>
    Jsonl,

    /// <summary>A directory with documents.csv, sections.csv, paragraphs.csv and mentions.csv.</summary>
    Csv,

    /// <summary>A directory with documents.parquet, sections.parquet, paragraphs.parquet and mentions.parquet.</summary>
    Parquet,
}
