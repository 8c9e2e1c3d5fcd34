// TEMPORARY until the interchange branch merges: deleted then.
namespace Lounb.Modules.Assessments.Interchange;

internal sealed class GiftReader { public ImportResult Read(string text) => throw new NotSupportedException(text); }
internal sealed class GiftWriter { public string Write(IEnumerable<ExportedQuestion> questions) => throw new NotSupportedException(questions.ToString()); }
internal sealed class MoodleXmlReader { public ImportResult Read(Stream stream) => throw new NotSupportedException(stream.ToString()); }
internal sealed class MoodleXmlWriter { public void Write(IEnumerable<ExportedQuestion> questions, Stream stream) => throw new NotSupportedException(stream.ToString()); }
