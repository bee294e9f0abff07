namespace CampaignText.Text;

/// <summary>What the first bytes of a file say it is, when they say anything.</summary>
internal enum SignatureKind
{
    None,
    Zip,
    /// <summary>A PDF document (%PDF).</summary>
    Pdf,
    /// <summary>A document format that is text-like but not readable here (RTF).</summary>
    Unsupported,
    Binary,
}

/// <summary>Recognises well-known binary formats by their magic numbers.</summary>
internal static class FileSignature
{
    /// <summary>Looks at the first bytes of <paramref name="data"/>.</summary>
    /// <returns>The kind and a short human name such as "PNG image"; (None, "") for no known signature.</returns>
    public static (SignatureKind Kind, string Name) Detect(ReadOnlySpan<byte> data)
    {
        if (StartsWith(data, "PK\u0003\u0004") || StartsWith(data, "PK\u0005\u0006") || StartsWith(data, "PK\u0007\u0008"))
        {
            return (SignatureKind.Zip, "zip archive");
        }

        if (StartsWith(data, "%PDF"))
        {
            return (SignatureKind.Pdf, "PDF document");
        }

        if (StartsWith(data, "{\\rtf"))
        {
            return (SignatureKind.Unsupported, "RTF document");
        }

        ReadOnlySpan<(string Magic, string Name)> known =
        [
            ("\u0089PNG\r\n\u001A\n", "PNG image"),
            ("\u00FF\u00D8\u00FF", "JPEG image"),
            ("GIF87a", "GIF image"),
            ("GIF89a", "GIF image"),
            ("II*\u0000", "TIFF image"),
            ("MM\u0000*", "TIFF image"),
            ("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "legacy Office document (.doc/.xls/.ppt)"),
            ("\u001F\u008B", "gzip archive"),
            ("Rar!\u001A\u0007", "RAR archive"),
            ("7z\u00BC\u00AF\u0027\u001C", "7z archive"),
            ("\u007FELF", "ELF executable"),
        ];
        foreach ((string magic, string name) in known)
        {
            if (StartsWith(data, magic))
            {
                return (SignatureKind.Binary, name);
            }
        }

        if (data.Length >= 12 && StartsWith(data, "RIFF") && StartsWith(data[8..], "WEBP"))
        {
            return (SignatureKind.Binary, "WebP image");
        }

        return (SignatureKind.None, "");
    }

    private static bool StartsWith(ReadOnlySpan<byte> data, string magic)
    {
        if (data.Length < magic.Length)
        {
            return false;
        }

        for (int i = 0; i < magic.Length; i++)
        {
            if (data[i] != (byte)magic[i])
            {
                return false;
            }
        }

        return true;
    }
}
