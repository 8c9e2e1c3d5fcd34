using Lounb.Modules.Core.Storage;
using Lounb.Modules.Courses.Application;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Courses.Tests;

public sealed class CourseUploadsTests
{
    private readonly MemoryStorage _storage = new();

    private CourseUploads Uploads(int maxImageMegabytes = 1) =>
        new(_storage, Options.Create(new CoursesOptions { MaxImageMegabytes = maxImageMegabytes }));

    private static byte[] Png(int length)
    {
        var bytes = new byte[length];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes);
        return bytes;
    }

    [Fact]
    public async Task StoreAsync_RealPngWithAnyName_StoredUnderUnguessableKeyWithSniffedType()
    {
        var stored = await Uploads().StoreAsync(new MemoryStream(Png(100)), 100, "../../etc/passwd.txt", [FileCategory.Image], CancellationToken.None);

        Assert.False(stored.Failed(out _));
        Assert.Matches("^courses/[0-9a-f]{32}\\.png$", stored.Value.Key);
        Assert.Equal("image/png", stored.Value.ContentType);
        Assert.Equal("passwd.txt", stored.Value.FileName);
        Assert.Equal(100, _storage.Files[stored.Value.Key].Length);
    }

    [Fact]
    public async Task StoreAsync_ExecutableNamedPng_RefusedAndNothingStored()
    {
        var exe = "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00FF\u00FF\0\0"u8.ToArray();

        var stored = await Uploads().StoreAsync(new MemoryStream(exe), exe.Length, "photo.png", [FileCategory.Image], CancellationToken.None);

        Assert.Equal(Domain.CourseErrors.FileTypeNotAllowed, stored.Error);
        Assert.Empty(_storage.Files);
    }

    [Fact]
    public async Task StoreAsync_PdfWhereOnlyImagesAllowed_Refused()
    {
        var pdf = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray();

        var stored = await Uploads().StoreAsync(new MemoryStream(pdf), pdf.Length, "cover.pdf", [FileCategory.Image], CancellationToken.None);

        Assert.True(stored.Failed(out var error));
        Assert.Equal(Domain.CourseErrors.FileTypeNotAllowed, error);
    }

    [Fact]
    public async Task StoreAsync_DeclaredLengthOverLimit_RefusedBeforeStoring()
    {
        var stored = await Uploads().StoreAsync(new MemoryStream(Png(100)), 2 * 1024 * 1024, "big.png", [FileCategory.Image], CancellationToken.None);

        Assert.True(stored.Failed(out var error));
        Assert.Equal("Courses:FileTooLarge", error.Code);
        Assert.Contains("не більше 1 МБ", error.Message, StringComparison.Ordinal);
        Assert.Empty(_storage.Files);
    }

    [Fact]
    public async Task StoreAsync_StreamLongerThanDeclaredAndOverLimit_StoppedAndDeleted()
    {
        var stored = await Uploads().StoreAsync(new MemoryStream(Png(1024 * 1024 + 10)), 10, "lies.png", [FileCategory.Image], CancellationToken.None);

        Assert.True(stored.Failed(out var error));
        Assert.Equal("Courses:FileTooLarge", error.Code);
        Assert.Empty(_storage.Files);
    }

    [Fact]
    public async Task StoreAsync_OfficeDocument_KeepsItsExtensionAndContentType()
    {
        var zip = "PK\u0003\u0004\u0014\0\u0006\0\b\0\0\0!\0"u8.ToArray();

        var stored = await Uploads().StoreAsync(new MemoryStream(zip), zip.Length, "План роботи.docx", [FileCategory.Document], CancellationToken.None);

        Assert.EndsWith(".docx", stored.Value.Key, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", stored.Value.ContentType);
    }

    private sealed class MemoryStorage : IFileStorage
    {
        public Dictionary<string, byte[]> Files { get; } = [];

        public async Task SaveAsync(string key, Stream content, CancellationToken ct)
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, ct);
            Files[key] = buffer.ToArray();
        }

        public Task<Stream?> OpenReadAsync(string key, CancellationToken ct) =>
            Task.FromResult<Stream?>(Files.TryGetValue(key, out var bytes) ? new MemoryStream(bytes) : null);

        public Task DeleteAsync(string key, CancellationToken ct)
        {
            Files.Remove(key);
            return Task.CompletedTask;
        }
    }
}
