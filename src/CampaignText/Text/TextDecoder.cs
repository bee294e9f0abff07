using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CampaignText.Text;

/// <summary>Decoded text and the name of the encoding it was found in.</summary>
internal readonly record struct DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns the bytes of a text file into a string, detecting the encoding: a byte order mark (UTF-8,
/// UTF-16 LE/BE) wins; then BOM-less UTF-16 recognised by where the NUL bytes fall; then strict UTF-8;
/// then strict GB18030 (which covers GBK and GB2312) when its text looks like Chinese. Anything else is
/// refused with the byte offset where it stopped making sense.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Code page of GB18030 in the code pages provider.</summary>
    private const int Gb18030CodePage = 54936;

    /// <summary>Bytes looked at when deciding between UTF-16 and binary.</summary>
    private const int SampleBytes = 64 * 1024;

    /// <summary>Share of GB18030 characters that must be common ones (GB2312 level-1 hanzi or symbols).</summary>
    private const double MinCommonShare = 0.75;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(DecodeUtf8(bytes[3..], 3, fileName, afterBom: true), "UTF-8 BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(DecodeUtf16(bytes[2..], 2, bigEndian: false, fileName), "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(DecodeUtf16(bytes[2..], 2, bigEndian: true, fileName), "UTF-16BE");
        }

        ReadOnlySpan<byte> sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (sample.Contains((byte)0))
        {
            bool? bigEndian = Utf16ByNulls(sample);
            if (bigEndian is null)
            {
                throw new CampaignTextException("binary file (contains NUL bytes), not text", fileName);
            }

            string text = DecodeUtf16(bytes, 0, bigEndian.Value, fileName);
            if (!LooksLikeText(text))
            {
                throw new CampaignTextException("binary file (contains NUL bytes), not text", fileName);
            }

            return new DecodedText(CheckNotBinary(text, fileName), bigEndian.Value ? "UTF-16BE" : "UTF-16LE");
        }

        int invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt < 0)
        {
            return new DecodedText(CheckNotBinary(StrictUtf8.GetString(bytes), fileName), "UTF-8");
        }

        if (TryGb18030(bytes) is { } gb)
        {
            return new DecodedText(CheckNotBinary(gb, fileName), "GB18030");
        }

        throw new CampaignTextException(
            $"not valid UTF-8 (byte 0x{bytes[invalidAt]:X2} at offset {invalidAt}) and not GB18030 text", fileName);
    }

    /// <summary>
    /// Decides whether a NUL-bearing sample is UTF-16: text mostly of ASCII and CJK puts its NULs in the high
    /// byte of ASCII characters, so nearly all of them sit on odd offsets (LE) or on even offsets (BE).
    /// </summary>
    /// <returns>false for LE, true for BE, null when the sample does not look like UTF-16.</returns>
    private static bool? Utf16ByNulls(ReadOnlySpan<byte> sample)
    {
        int even = 0, odd = 0;
        for (int i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        int enough = Math.Max(1, sample.Length / 200);
        if (odd >= enough && odd > even * 8)
        {
            return false;
        }

        if (even >= enough && even > odd * 8)
        {
            return true;
        }

        return null;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int baseOffset, string fileName, bool afterBom)
    {
        int invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            string where = afterBom ? " after a UTF-8 byte order mark" : "";
            throw new CampaignTextException(
                $"not valid UTF-8{where} (byte 0x{bytes[invalidAt]:X2} at offset {invalidAt + baseOffset})", fileName);
        }

        return CheckNotBinary(StrictUtf8.GetString(bytes), fileName);
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, int baseOffset, bool bigEndian, string fileName)
    {
        string name = bigEndian ? "UTF-16BE" : "UTF-16LE";
        if ((bytes.Length & 1) != 0)
        {
            throw new CampaignTextException(
                $"not valid {name}: odd number of bytes ({bytes.Length + baseOffset}), the file may be truncated", fileName);
        }

        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CampaignTextException(
                $"not valid {name} (unpaired surrogate near byte offset {Math.Max(ex.Index, 0) + baseOffset})", fileName, innerException: ex);
        }
    }

    /// <summary>Offset of the first byte that is not part of a valid UTF-8 sequence, or -1.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        char[] chunk = ArrayPool<char>.Shared.Rent(16 * 1024);
        try
        {
            int pos = 0;
            while (true)
            {
                OperationStatus status = Utf8.ToUtf16(bytes[pos..], chunk, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                pos += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return status == OperationStatus.Done ? -1 : pos;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// Decodes as GB18030 when the bytes are well-formed GB18030 and at least <see cref="MinCommonShare"/> of
    /// the multi-byte characters are common ones (GB2312 level-1 hanzi, punctuation and full-width forms).
    /// UTF-8 Chinese with a corrupt byte, or random bytes, decode to rare characters and fail the test.
    /// </summary>
    private static string? TryGb18030(ReadOnlySpan<byte> bytes)
    {
        int multi = 0, common = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            if (b is 0x80 or 0xFF || i + 1 >= bytes.Length)
            {
                return null;
            }

            byte t = bytes[i + 1];
            if (t is >= 0x30 and <= 0x39)
            {
                if (i + 3 >= bytes.Length || bytes[i + 2] is < 0x81 or > 0xFE || bytes[i + 3] is < 0x30 or > 0x39)
                {
                    return null;
                }

                multi++;
                i += 4;
                continue;
            }

            if (t is < 0x40 or 0x7F or 0xFF)
            {
                return null;
            }

            multi++;
            if (t >= 0xA1 && (b is >= 0xB0 and <= 0xD7 || b is >= 0xA1 and <= 0xA9))
            {
                common++;
            }

            i += 2;
        }

        if (multi > 0 && common < MinCommonShare * multi)
        {
            return null;
        }

        Encoding gb = CodePagesEncodingProvider.Instance.GetEncoding(
            Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new CampaignTextException("GB18030 decoding is not available on this runtime");
        try
        {
            return gb.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when at least 90% of the first characters are printable ASCII, whitespace, CJK (U+2E80-U+9FFF)
    /// or full-width forms, as a BOM-less UTF-16 bulletin is and a binary file read as UTF-16 is not.
    /// </summary>
    private static bool LooksLikeText(string text)
    {
        int n = Math.Min(text.Length, SampleBytes);
        int good = 0;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (c is (>= ' ' and < '\u007F') or '\t' or '\n' or '\r' or (>= '\u2E80' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFFEF')
                || (c >= '\u2000' && c <= '\u206F'))
            {
                good++;
            }
        }

        return good * 10L >= n * 9L;
    }

    /// <summary>Refuses text whose first part is full of control characters (a binary file that happened to decode).</summary>
    private static string CheckNotBinary(string text, string fileName)
    {
        int n = Math.Min(text.Length, SampleBytes);
        int controls = 0;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u001A')) || c == '\u007F' || c == '\0')
            {
                controls++;
            }
        }

        if (controls > 0 && controls * 100 > n)
        {
            throw new CampaignTextException("binary file (control characters), not text", fileName);
        }

        return text;
    }
}
