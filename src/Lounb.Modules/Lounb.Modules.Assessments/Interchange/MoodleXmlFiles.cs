using System.Xml.Linq;
using Lounb.Modules.Core.Storage;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// The images of one question: base64 <c>&lt;file name path encoding="base64"&gt;</c> elements beside the <c>&lt;text&gt;</c>
/// of any text owner. A file is named by its path below the file area ("img.png", "sub/img.png"), which is how the texts
/// reference it after <c>@@PLUGINFILE@@/</c>; a repeated path+name is skipped; only PNG, JPEG, GIF and WebP are taken
/// (recognised by their bytes, never by the name).
/// </summary>
internal sealed class MoodleXmlFiles(Action<XObject, string> fail)
{
    private readonly List<EmbeddedFile> _files = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<EmbeddedFile> Files => _files;

    public void Collect(XElement? owner)
    {
        if (owner is null)
        {
            return;
        }

        foreach (var file in owner.Elements("file"))
        {
            var name = file.Attribute("name")?.Value ?? "";
            var path = file.Attribute("path")?.Value ?? "/";
            if (name.Length == 0 || name == ".")
            {
                continue; // A directory entry.
            }

            var encoding = file.Attribute("encoding")?.Value ?? "base64";
            if (!string.Equals(encoding, "base64", StringComparison.OrdinalIgnoreCase))
            {
                fail(file, $"файл «{name}» закодовано як «{encoding}», а підтримується лише base64");
                continue;
            }

            Add(file, FullName(path, name), file.Value, addExtension: false);
        }
    }

    /// <summary>Adds a legacy <c>&lt;image_base64&gt;</c>; returns the file's name, or null when it was refused.</summary>
    public string? AddLegacy(XElement data, string declaredName)
    {
        var added = Add(data, declaredName.Length > 0 ? declaredName : "image", data.Value, declaredName.Length == 0);
        return added?.Name;
    }

    private EmbeddedFile? Add(XElement where, string name, string base64, bool addExtension)
    {
        if (!_seen.Add(name))
        {
            return null;
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            fail(where, $"файл «{name}» пошкоджено: вміст не є коректним base64");
            return null;
        }

        var type = FileSniffer.Detect(content.AsSpan(0, Math.Min(content.Length, FileSniffer.HeaderLength)));
        if (type is not { Category: FileCategory.Image })
        {
            fail(where, $"файл «{name}» не є зображенням PNG, JPEG, GIF чи WebP — такі файли не приймаються");
            return null;
        }

        var file = new EmbeddedFile(addExtension ? name + type.Extension : name, type.ContentType, content);
        _files.Add(file);
        return file;
    }

    private static string FullName(string path, string name)
    {
        var folder = path.Trim().Trim('/');
        return folder.Length == 0 ? name : folder + "/" + name;
    }
}
