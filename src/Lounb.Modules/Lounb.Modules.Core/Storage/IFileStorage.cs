namespace Lounb.Modules.Core.Storage;

/// <summary>Where uploaded files live: a local folder by default; an S3-compatible store can implement the same contract.</summary>
public interface IFileStorage
{
    /// <param name="key">A path-like key of lower-case letters, digits, '-', '.', '/' (e.g. "courses/3f2a….png").</param>
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    /// <returns>The file, or null when no file has that key.</returns>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}
