using System.Xml;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// The one way imported XML is read: no DTD (so no entity expansion and no external entities), nothing resolved, the
/// document's size capped, and elements nested no deeper than <see cref="MaxDepth"/>. Moodle writes a few levels
/// (quiz → question → answer → feedback → text); a file nested thousands of levels deep is refused at the first level
/// past the limit, so reading costs time linear in the file's size whatever its shape.
/// </summary>
internal static class SafeXmlReader
{
    /// <summary>Far above the 5–6 levels Moodle writes, far below what makes nested processing expensive.</summary>
    public const int MaxDepth = 32;

    public static XmlReader Create(Stream stream, long maxCharactersInDocument)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharactersInDocument,
            // With DTDs prohibited no entity can be declared; a small cap guards anyway (0 would mean "no limit").
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        return new DepthLimitedXmlReader(XmlReader.Create(stream, settings), MaxDepth);
    }
}

/// <summary>Thrown when a document nests elements deeper than <see cref="SafeXmlReader.MaxDepth"/>.</summary>
internal sealed class XmlTooDeepException(int maxDepth, int line, int position)
    : XmlException($"Elements are nested deeper than {maxDepth} levels.", null, line, position)
{
    public int MaxDepth { get; } = maxDepth;
}

/// <summary>Passes every call to the inner reader and stops, with <see cref="XmlTooDeepException"/>, at the first node deeper than the limit.</summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, int maxDepth) : XmlReader, IXmlLineInfo
{
    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override string Value => inner.Value;

    public int LineNumber => (inner as IXmlLineInfo)?.LineNumber ?? 0;

    public int LinePosition => (inner as IXmlLineInfo)?.LinePosition ?? 0;

    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

    public override bool Read()
    {
        var read = inner.Read();
        if (read && inner.Depth > maxDepth)
        {
            throw new XmlTooDeepException(maxDepth, LineNumber, LinePosition);
        }

        return read;
    }

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
