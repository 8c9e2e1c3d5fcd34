namespace Lounb.Modules.Attestation.Documents;

/// <summary>What a document's content is made of, in reading order; <see cref="PdfFlow"/> lays it out on A4 pages.</summary>
internal interface IDocumentWriter
{
    void Title(string text);

    void Heading(string text);

    void Paragraph(string text);

    /// <summary>"Label: value".</summary>
    void Field(string label, string value);

    /// <summary>A line to sign on: who signs and their name.</summary>
    void Signature(string who, string name);

    void Space(double points);
}
