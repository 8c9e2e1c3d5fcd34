using Lounb.Modules.Core.Storage;

namespace Lounb.Learning.Storage;

internal static class FileStorageRegistration
{
    /// <summary>The folder by default; an S3-compatible bucket when Lounb:Storage:Provider is S3 (several app nodes).</summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.IsValid(), "Lounb:Storage:S3 needs Bucket, AccessKey and SecretKey (and ServiceUrl an absolute address) when Provider is S3.")
            .ValidateOnStart();
        if (configuration.GetValue($"{StorageOptions.Section}:Provider", FileStorageProvider.Folder) == FileStorageProvider.S3)
        {
            services.AddSingleton<IFileStorage, S3FileStorage>();
        }
        else
        {
            services.AddSingleton<IFileStorage, LocalFileStorage>();
        }

        return services;
    }
}
