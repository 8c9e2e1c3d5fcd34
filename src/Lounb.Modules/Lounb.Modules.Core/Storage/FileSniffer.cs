namespace Lounb.Modules.Core.Storage;

public enum FileCategory
{
    Image,
    Document,
    Video,
    Audio,
}

/// <summary>A file type recognised by its first bytes, never by its name.</summary>
public sealed record SniffedType(string ContentType, string Extension, FileCategory Category);

/// <summary>Recognises the file types the platform accepts by their signatures (magic bytes).</summary>
public static class FileSniffer
{
    public const int HeaderLength = 16;

    public static SniffedType? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new("image/png", ".png", FileCategory.Image);
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new("image/jpeg", ".jpg", FileCategory.Image);
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return new("image/gif", ".gif", FileCategory.Image);
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return new("image/webp", ".webp", FileCategory.Image);
        }

        if (header.StartsWith("%PDF-"u8))
        {
            return new("application/pdf", ".pdf", FileCategory.Document);
        }

        if (header.StartsWith("PK\x03\x04"u8))
        {
            // Office Open XML (docx, xlsx, pptx) and ODF are ZIP containers; served as a download.
            return new("application/zip", ".zip", FileCategory.Document);
        }

        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return new("video/mp4", ".mp4", FileCategory.Video);
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return new("video/webm", ".webm", FileCategory.Video);
        }

        if (header.StartsWith("ID3"u8) || (header.Length >= 2 && header[0] == 0xFF && (header[1] & 0xE0) == 0xE0))
        {
            return new("audio/mpeg", ".mp3", FileCategory.Audio);
        }

        return null;
    }
}
