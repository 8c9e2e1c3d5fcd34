using System.ComponentModel.DataAnnotations;

namespace Lounb.Learning.Storage;

/// <summary>Where uploaded files are kept.</summary>
public enum FileStorageProvider
{
    /// <summary>A local (or mounted network) folder: one machine, or nodes sharing a mount.</summary>
    Folder,

    /// <summary>An S3-compatible bucket (AWS S3, MinIO, Ceph, Garage…): any number of app nodes.</summary>
    S3,
}

/// <summary>Bound from "Lounb:Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Lounb:Storage";

    public FileStorageProvider Provider { get; set; } = FileStorageProvider.Folder;

    /// <summary>Folder for uploaded files (relative to the content root unless absolute); used by the Folder provider.</summary>
    [Required]
    public string Directory { get; set; } = "data/files";

    /// <summary>The bucket, used by the S3 provider ("Lounb:Storage:S3").</summary>
    public S3StorageOptions S3 { get; set; } = new();

    /// <summary>The S3 provider needs a bucket and both halves of the access key.</summary>
    public bool IsValid() => Provider != FileStorageProvider.S3
        || (!string.IsNullOrWhiteSpace(S3.Bucket) && !string.IsNullOrWhiteSpace(S3.AccessKey) && !string.IsNullOrWhiteSpace(S3.SecretKey)
            && (string.IsNullOrWhiteSpace(S3.ServiceUrl) || Uri.TryCreate(S3.ServiceUrl, UriKind.Absolute, out _)));
}

/// <summary>An S3-compatible bucket. Keys come from configuration or the environment (Lounb__Storage__S3__SecretKey), never from the repository.</summary>
public sealed class S3StorageOptions
{
    /// <summary>The server's address for S3-compatible servers (http://127.0.0.1:9000); empty for AWS itself, which uses <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    public string Bucket { get; set; } = "";

    public string Region { get; set; } = "us-east-1";

    public string AccessKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    /// <summary>http://server/bucket/key instead of http://bucket.server/key: what MinIO and other local servers need.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Files larger than this are sent in parts (multipart upload).</summary>
    [Range(5, 512)]
    public int PartSizeMegabytes { get; set; } = 16;
}
