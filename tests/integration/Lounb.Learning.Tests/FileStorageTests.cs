using Lounb.Learning.Storage;
using Lounb.Modules.Core.Storage;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Tests;

/// <summary>
/// The one contract of <see cref="IFileStorage"/> (issue 17 §1), run against the folder and against an S3-compatible
/// bucket: what is saved is read back whole and from any position, a missing key is "not found", deleting is final,
/// saving again replaces, and a malformed key is refused before any file or object is touched.
/// </summary>
public abstract class FileStorageContractTests
{
    protected abstract IFileStorage Storage { get; }

    private static string NewKey(string extension = ".bin") => $"tests/{Guid.NewGuid():N}{extension}";

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private async Task<byte[]?> ReadAllAsync(string key)
    {
        await using var stream = await Storage.OpenReadAsync(key, default);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(6 * 1024 * 1024 + 17)]
    public async Task Save_ThenOpen_SameBytes(int length)
    {
        var key = NewKey();
        var content = Bytes(length, length);
        // A stream that cannot seek and has no length, as an upload is.
        await using (var upload = new OneWayStream(content))
        {
            await Storage.SaveAsync(key, upload, default);
        }

        Assert.Equal(content, await ReadAllAsync(key));
    }

    [Fact]
    public async Task Open_MissingKey_NotFound()
    {
        Assert.Null(await Storage.OpenReadAsync(NewKey(), default));
    }

    [Fact]
    public async Task Delete_ThenOpen_NotFound_AndDeletingAgainIsHarmless()
    {
        var key = NewKey(".png");
        await Storage.SaveAsync(key, new MemoryStream(Bytes(64, 1)), default);
        await Storage.DeleteAsync(key, default);
        Assert.Null(await Storage.OpenReadAsync(key, default));
        await Storage.DeleteAsync(key, default);
    }

    [Fact]
    public async Task SaveAgain_ReplacesTheFile()
    {
        var key = NewKey();
        await Storage.SaveAsync(key, new MemoryStream(Bytes(5000, 2)), default);
        var second = Bytes(300, 3);
        await Storage.SaveAsync(key, new MemoryStream(second), default);
        Assert.Equal(second, await ReadAllAsync(key));
    }

    [Fact]
    public async Task Open_SeekAndRead_GivesThatRangeAndTheLength()
    {
        var key = NewKey(".mp4");
        var content = Bytes(200_000, 4);
        await Storage.SaveAsync(key, new MemoryStream(content), default);
        await using var stream = await Storage.OpenReadAsync(key, default);
        Assert.NotNull(stream);
        Assert.True(stream.CanSeek, "Range requests (video, audio) need a seekable file.");
        Assert.Equal(content.Length, stream.Length);
        stream.Seek(150_000, SeekOrigin.Begin);
        var part = new byte[1000];
        await stream.ReadExactlyAsync(part);
        Assert.Equal(content.AsSpan(150_000, 1000).ToArray(), part);
        stream.Seek(10, SeekOrigin.Begin);
        await stream.ReadExactlyAsync(part.AsMemory(0, 10));
        Assert.Equal(content.AsSpan(10, 10).ToArray(), part[..10]);
    }

    [Theory]
    [InlineData("../escape.png")]
    [InlineData("courses/../../x.png")]
    [InlineData("/etc/passwd")]
    [InlineData("Courses/Upper.png")]
    [InlineData("courses//x.png")]
    public async Task MalformedKey_Refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.SaveAsync(key, new MemoryStream([1, 2, 3]), default));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.OpenReadAsync(key, default));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.DeleteAsync(key, default));
    }

    /// <summary>Reads like a request body: forward only, length unknown.</summary>
    private sealed class OneWayStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}

public sealed class FolderFileStorageTests : FileStorageContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lounb-tests", "files-" + Guid.NewGuid().ToString("N"));

    public FolderFileStorageTests()
    {
        Storage = new LocalFileStorage(Options.Create(new StorageOptions { Directory = _folder }), new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
    }

    protected override IFileStorage Storage { get; }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

public sealed class S3FileStorageTests : FileStorageContractTests, IClassFixture<S3TestServer>, IDisposable
{
    private readonly S3FileStorage _storage;

    public S3FileStorageTests(S3TestServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var options = new StorageOptions { Provider = FileStorageProvider.S3 };
        options.S3.ServiceUrl = server.Address.ToString();
        options.S3.Bucket = server.Bucket;
        options.S3.AccessKey = S3TestServer.AccessKey;
        options.S3.SecretKey = S3TestServer.SecretKey;
        options.S3.PartSizeMegabytes = 5;
        _storage = new S3FileStorage(Options.Create(options));
    }

    protected override IFileStorage Storage => _storage;

    public void Dispose() => _storage.Dispose();
}
