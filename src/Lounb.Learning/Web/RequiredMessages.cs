using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Lounb.Learning.Web;

/// <summary>
/// Gives every <see cref="RequiredAttribute"/> without a message of its own — above all the one MVC adds by itself to a
/// non-nullable value such as a check box's bool — a Ukrainian message (translated like the others by the shared
/// resources), so that no form carries the framework's English «The … field is required.», not even in a hidden
/// <c>data-val-required</c> attribute.
/// </summary>
internal sealed class RequiredMessages : IValidationMetadataProvider
{
    public const string Message = "Заповніть поле «{0}».";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            if (string.IsNullOrEmpty(required.ErrorMessage) && required.ErrorMessageResourceType is null)
            {
                required.ErrorMessage = Message;
            }
        }
    }
}
