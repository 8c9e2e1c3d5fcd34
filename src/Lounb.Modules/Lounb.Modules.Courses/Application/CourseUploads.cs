using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Storage;
using Lounb.Modules.Courses.Domain;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Courses.Application;

internal sealed record StoredUpload(string Key, string FileName, string ContentType, FileCategory Category);

/// <summary>Checks an upload by its content (never its name) and size, then stores it under an unguessable key.</summary>
internal sealed class CourseUploads(IFileStorage storage, IOptions<CoursesOptions> options)
{
    public async Task<Result<StoredUpload>> StoreAsync(Stream content, long length, string fileName, IReadOnlyCollection<FileCategory> allowed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var header = new byte[FileSniffer.HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var type = FileSniffer.Detect(header.AsSpan(0, read));
        if (type is null || !allowed.Contains(type.Category))
        {
            return CourseErrors.FileTypeNotAllowed;
        }

        var limit = MaxBytes(type.Category);
        if (length > limit)
        {
            return CourseErrors.FileTooLarge(limit);
        }

        var extension = type.Category == FileCategory.Document && type.ContentType == "application/zip"
            ? OfficeExtension(fileName)
            : type.Extension;
        var key = $"courses/{Guid.NewGuid():N}{extension}";
        using var whole = new ConcatenatedStream(header.AsMemory(0, read), content, limit);
        await storage.SaveAsync(key, whole, ct);
        if (whole.Exceeded)
        {
            await storage.DeleteAsync(key, ct);
            return CourseErrors.FileTooLarge(limit);
        }

        var safeName = Path.GetFileName(fileName);
        return new StoredUpload(key, safeName.Length > CourseLimits.FileNameLength ? safeName[^CourseLimits.FileNameLength..] : safeName, ContentTypeOf(extension, type), type.Category);
    }

    private long MaxBytes(FileCategory category) => 1024L * 1024 * category switch
    {
        FileCategory.Image => options.Value.MaxImageMegabytes,
        FileCategory.Video => options.Value.MaxVideoMegabytes,
        _ => options.Value.MaxDocumentMegabytes,
    };

    /// <summary>A ZIP container keeps a known Office extension from its name, or becomes .zip.</summary>
    private static string OfficeExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension is ".docx" or ".xlsx" or ".pptx" or ".odt" or ".ods" or ".odp" ? extension : ".zip";
    }

    private static string ContentTypeOf(string extension, SniffedType type) => extension switch
    {
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _ => type.ContentType,
    };

    /// <summary>The sniffed header followed by the rest of the upload, stopping once more than the limit has passed.</summary>
    private sealed class ConcatenatedStream(ReadOnlyMemory<byte> head, Stream tail, long limit) : Stream
    {
        private ReadOnlyMemory<byte> _head = head;
        private long _total;

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _total; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read;
            if (!_head.IsEmpty)
            {
                read = Math.Min(buffer.Length, _head.Length);
                _head[..read].CopyTo(buffer);
                _head = _head[read..];
            }
            else
            {
                read = await tail.ReadAsync(buffer, cancellationToken);
            }

            _total += read;
            if (_total > limit)
            {
                Exceeded = true;
                return 0;
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
