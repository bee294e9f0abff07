using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CampaignText.Text;

/// <summary>
/// Turns Markdown into plain text that keeps the block structure: one line per paragraph, heading, list
/// item, table row (cells joined by a tab) or code line, a blank line between blocks (a single line break
/// between the items of a tight list and between table rows). Emphasis, heading marks, link targets, images,
/// HTML tags and thematic breaks are dropped; link text and code are kept.
/// </summary>
/// <remarks>
/// The map from the plain text back to the Markdown source is character-exact for text that appears
/// verbatim in the source (literal text, code, URLs of autolinks); characters that do not (entities,
/// escapes, text of HTML blocks) map to the whole source range of the element they came from; line breaks
/// inserted between blocks map to an empty range where the previous element ended. A soft line break inside
/// a paragraph is dropped between two CJK characters and becomes a space otherwise.
/// </remarks>
internal static partial class MarkdownTextExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseCjkFriendlyEmphasis()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    public static (string Text, OffsetMap Map) Extract(string markdown)
    {
        MarkdownDocument doc = Markdown.Parse(markdown, Pipeline);
        var walker = new Walker(markdown);
        walker.Container(doc);
        return walker.Finish();
    }

    [GeneratedRegex("<[^<>]*>", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex HtmlTag();

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' || char.IsSurrogate(c);

    private sealed class Walker(string source)
    {
        private readonly MappedTextBuilder _out = new(source);
        private int _tightDepth;
        private bool _pendingSoftBreak;
        private int _softBreakFrom;
        private int _softBreakTo;

        public (string Text, OffsetMap Map) Finish()
        {
            if (_out.Length > 0)
            {
                _out.AppendSynthetic("\n");
            }

            return _out.Build();
        }

        public void Container(ContainerBlock container)
        {
            bool tight = container is ListBlock { IsLoose: false } or Table;
            if (tight)
            {
                _tightDepth++;
            }

            foreach (Block block in container)
            {
                VisitBlock(block);
            }

            if (tight)
            {
                _tightDepth--;
            }
        }

        private void VisitBlock(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinition or LinkReferenceDefinitionGroup:
                    break;
                case TableRow row:
                    StartBlock();
                    bool firstCell = true;
                    foreach (Block cell in row)
                    {
                        if (!firstCell)
                        {
                            _out.AppendSynthetic("\t");
                        }

                        firstCell = false;
                        CellContent(cell);
                    }

                    break;
                case ContainerBlock container:
                    Container(container);
                    break;
                case HtmlBlock html:
                    HtmlLines(html);
                    break;
                case CodeBlock code:
                    StartBlock();
                    CodeLines(code);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    StartBlock();
                    Inlines(leaf.Inline);
                    _pendingSoftBreak = false;
                    break;
            }
        }

        private void CellContent(Block cell)
        {
            switch (cell)
            {
                case ContainerBlock container:
                    foreach (Block child in container)
                    {
                        CellContent(child);
                    }

                    break;
                case LeafBlock { Inline: not null } leaf:
                    if (_out.Last is not ('\t' or '\0' or '\n'))
                    {
                        _out.AppendSynthetic(" ");
                    }

                    Inlines(leaf.Inline);
                    _pendingSoftBreak = false;
                    break;
            }
        }

        /// <summary>Ends the previous line and, outside tight lists and tables, leaves a blank line.</summary>
        private void StartBlock()
        {
            _pendingSoftBreak = false;
            if (_out.Length == 0)
            {
                return;
            }

            _out.AppendSynthetic(_tightDepth > 0 ? "\n" : "\n\n");
        }

        private void CodeLines(LeafBlock code)
        {
            int blockEnd = code.Span.End + 1;
            var lines = code.Lines;
            for (int i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    _out.AppendSynthetic("\n");
                }

                var line = lines.Lines[i];
                _out.AppendFromSource(line.Slice.ToString(), line.Position, blockEnd);
            }
        }

        private void HtmlLines(HtmlBlock html)
        {
            int blockEnd = html.Span.End + 1;
            var lines = html.Lines;
            bool started = false;
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i];
                string text = WebUtility.HtmlDecode(HtmlTag().Replace(line.Slice.ToString(), "")).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (!started)
                {
                    StartBlock();
                    started = true;
                }
                else
                {
                    _out.AppendSynthetic("\n");
                }

                int lineEnd = i + 1 < lines.Count ? lines.Lines[i + 1].Position : blockEnd;
                _out.AppendFromSource(text, line.Position, lineEnd);
            }
        }

        private void Inlines(ContainerInline container)
        {
            foreach (Inline inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Text(literal.Content.ToString(), literal.Span, exact: true);
                        break;
                    case CodeInline code:
                        Text(code.Content, code.Span, exact: true);
                        break;
                    case AutolinkInline link:
                        Text(link.Url, link.Span, exact: true);
                        break;
                    case HtmlEntityInline entity:
                        Text(entity.Transcoded.ToString(), entity.Span, exact: false);
                        break;
                    case LineBreakInline { IsHard: true } br:
                        _pendingSoftBreak = false;
                        _out.AppendUnit("\n", br.Span.Start, br.Span.End + 1);
                        break;
                    case LineBreakInline br:
                        if (_out.Last is not ('\0' or '\n' or ' '))
                        {
                            _pendingSoftBreak = true;
                            _softBreakFrom = br.Span.Start;
                            _softBreakTo = br.Span.End + 1;
                        }

                        break;
                    case LinkInline { IsImage: true }:
                        break;
                    case ContainerInline inner:
                        Inlines(inner);
                        break;
                }
            }
        }

        private void Text(string content, SourceSpan span, bool exact)
        {
            if (content.Length == 0)
            {
                return;
            }

            if (_pendingSoftBreak)
            {
                _pendingSoftBreak = false;
                if (!(IsCjk(_out.Last) && IsCjk(content[0])) && content[0] != ' ')
                {
                    _out.AppendUnit(" ", _softBreakFrom, _softBreakTo);
                }
            }

            int from = span.IsEmpty ? 0 : span.Start;
            int to = span.IsEmpty ? 0 : span.End + 1;
            if (exact)
            {
                _out.AppendFromSource(content, from, to);
            }
            else
            {
                _out.AppendUnit(content, from, to);
            }
        }
    }
}
