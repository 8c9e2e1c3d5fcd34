using System.Text;
using System.Xml;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>Deeply nested XML is refused by its depth, as soon as the limit is passed, not after reading the whole file.</summary>
public sealed class SafeXmlReaderTests
{
    private const string TooDeep = "елементи вкладено надто глибоко";

    /// <summary>One line: <c>&lt;quiz&gt;&lt;a&gt;&lt;a&gt;…&lt;/a&gt;&lt;/a&gt;&lt;/quiz&gt;</c>, <paramref name="levels"/> elements inside the root.</summary>
    private static byte[] Nested(int levels, string element = "a")
    {
        var builder = new StringBuilder("<quiz>", (levels * ((element.Length * 2) + 5)) + 20);
        for (var i = 0; i < levels; i++)
        {
            builder.Append('<').Append(element).Append('>');
        }

        for (var i = 0; i < levels; i++)
        {
            builder.Append("</").Append(element).Append('>');
        }

        return Encoding.UTF8.GetBytes(builder.Append("</quiz>").ToString());
    }

    [Fact]
    public void Xml_nested_50000_levels_deep_is_refused_by_depth_with_a_ukrainian_message()
    {
        var result = new MoodleXmlReader().Read(new MemoryStream(Nested(50_000)));

        var error = Assert.Single(result.Errors);
        Assert.Contains(TooDeep, error.Message, StringComparison.Ordinal);
        Assert.Contains(SafeXmlReader.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void Xml_nested_inside_a_question_is_refused_by_depth_too()
    {
        var deep = Encoding.UTF8.GetString(Nested(10_000, "text"))["<quiz>".Length..^"</quiz>".Length];

        var result = MoodleXmlReaderSyntaxTests.Read(MoodleXmlReaderSyntaxTests.Question("essay", "", extra: deep));

        Assert.Contains(TooDeep, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_stops_at_the_first_element_past_the_limit_not_at_the_end_of_the_file()
    {
        using var reader = SafeXmlReader.Create(new MemoryStream(Nested(200_000)), MoodleXmlReader.DefaultMaxCharactersInDocument);
        var nodes = 0;

        var refused = Assert.Throws<XmlTooDeepException>(() =>
        {
            while (reader.Read())
            {
                nodes++;
            }
        });

        // The quiz element and MaxDepth levels below it were read; the next level was refused.
        Assert.Equal(SafeXmlReader.MaxDepth + 1, nodes);
        Assert.Equal(SafeXmlReader.MaxDepth, refused.MaxDepth);
        Assert.InRange(refused.LinePosition, 1, "<quiz>".Length + ((SafeXmlReader.MaxDepth + 1) * "<a>".Length) + 1);
    }

    [Fact]
    public void Reader_accepts_nesting_up_to_the_limit()
    {
        using var reader = SafeXmlReader.Create(new MemoryStream(Nested(SafeXmlReader.MaxDepth)), MoodleXmlReader.DefaultMaxCharactersInDocument);
        var deepest = 0;
        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.Depth);
        }

        Assert.Equal(SafeXmlReader.MaxDepth, deepest);
    }

    [Fact]
    public void Reader_prohibits_dtds_and_resolves_nothing()
    {
        using var reader = SafeXmlReader.Create(new MemoryStream("<!DOCTYPE quiz SYSTEM \"http://example.com/q.dtd\"><quiz/>"u8.ToArray()), 1000);

        Assert.Throws<XmlException>(() => reader.Read());
    }
}
