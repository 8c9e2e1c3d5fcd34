using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Lounb.Learning.Web;

/// <summary>
/// Gives every <see cref="RequiredAttribute"/> without a message of its own — and the one MVC would add by itself to a
/// non-nullable value such as a check box's bool, made explicit here — a Ukrainian message (translated like the others by the shared
/// resources), so that no form carries the framework's English «The … field is required.», not even in a hidden
/// <c>data-val-required</c> attribute.
/// </summary>
internal sealed class RequiredMessages : IValidationMetadataProvider
{
    public const string Message = "Заповніть поле «{0}».";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Key.ModelType;
        var validators = context.ValidationMetadata.ValidatorMetadata;
        if (context.Key.MetadataKind == ModelMetadataKind.Property
            && type.IsValueType && Nullable.GetUnderlyingType(type) is null && !validators.OfType<RequiredAttribute>().Any())
        {
            // MVC's client validation would otherwise add its own RequiredAttribute, with the English default message.
            validators.Add(new RequiredAttribute { ErrorMessage = Message });
        }

        foreach (var required in validators.OfType<RequiredAttribute>())
        {
            if (string.IsNullOrEmpty(required.ErrorMessage) && required.ErrorMessageResourceType is null)
            {
                required.ErrorMessage = Message;
            }
        }
    }
}
