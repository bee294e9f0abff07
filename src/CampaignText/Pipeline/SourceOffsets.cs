using CampaignText.Structure;
using CampaignText.Text;

namespace CampaignText.Pipeline;

/// <summary>
/// Maps paragraph-relative offsets back to the file's decoded text: a paragraph's text is aligned with the
/// span of the normalised document it was reflowed from (characters in order, skipping what reflowing
/// dropped: line breaks, markdown marks, page markers, pinyin annotations), then the normalised offsets go
/// through <see cref="SourceText.ToOriginal(TextSpan)"/>.
/// </summary>
internal sealed class SourceOffsets
{
    private readonly int[] _at;
    private readonly SourceText? _source;
    private readonly int _fallback;

    private SourceOffsets(int[] at, SourceText? source, int fallback)
    {
        _at = at;
        _source = source;
        _fallback = fallback;
    }

    /// <summary>Aligns <paramref name="paragraph"/> with the normalised <paramref name="text"/>.</summary>
    /// <param name="text">The normalised document text the paragraph was built from.</param>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="source">The source text, or null when <paramref name="text"/> is itself the decoded text.</param>
    public static SourceOffsets Align(string text, Paragraph paragraph, SourceText? source)
    {
        var p = paragraph.Text;
        var at = new int[p.Length];
        int limit = Math.Min(text.Length, Math.Max(paragraph.Source.End, paragraph.Source.Start));
        int q = Math.Clamp(paragraph.Source.Start, 0, limit);
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            at[i] = -1;
            if (TextCleaning.IsSpace(c))
            {
                // Spaces are normalised when lines are joined: take one only where the text has one.
                if (q < limit && TextCleaning.IsSpace(text[q]))
                {
                    at[i] = q++;
                }

                continue;
            }

            int found = text.IndexOf(c, q, limit - q);
            if (found >= 0)
            {
                at[i] = found;
                q = found + 1;
            }
        }

        return new SourceOffsets(at, source, paragraph.Source.Start);
    }

    /// <summary>The span of the decoded text that characters [start, end) of the paragraph came from.</summary>
    public TextSpan ToSource(int start, int end)
    {
        start = Math.Clamp(start, 0, _at.Length);
        end = Math.Clamp(end, start, _at.Length);
        int first = -1, last = -1;
        for (int i = start; i < end; i++)
        {
            if (_at[i] >= 0)
            {
                first = _at[i];
                break;
            }
        }

        for (int i = end - 1; i >= start; i--)
        {
            if (_at[i] >= 0)
            {
                last = _at[i];
                break;
            }
        }

        TextSpan normalized;
        if (first < 0)
        {
            // Nothing of the span is in the text as such: an empty span where it would sit.
            int p = _fallback;
            for (int i = start - 1; i >= 0; i--)
            {
                if (_at[i] >= 0)
                {
                    p = _at[i] + 1;
                    break;
                }
            }

            normalized = new TextSpan(p, p);
        }
        else
        {
            normalized = new TextSpan(first, last + 1);
        }

        if (_source is null)
        {
            return normalized;
        }

        int length = _source.Text.Length;
        var clamped = new TextSpan(Math.Min(normalized.Start, length), Math.Min(normalized.End, length));
        return _source.ToOriginal(clamped);
    }

    /// <summary>The span of the decoded text the whole paragraph came from.</summary>
    public TextSpan Whole => ToSource(0, _at.Length);
}
