using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Lounb.Learning.Web;

/// <summary>Model binding's own messages in Ukrainian (a number typed as text, a missing value).</summary>
internal static class UkrainianModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Значення «{value}» не підходить для поля «{field}».");
        messages.SetMissingBindRequiredValueAccessor(field => $"Не вказано значення поля «{field}».");
        messages.SetMissingKeyOrValueAccessor(() => "Не вказано значення.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Запит порожній.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значення «{value}» недопустиме.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Значення недопустиме.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Потрібне число.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Значення поля «{field}» недопустиме.");
        messages.SetValueIsInvalidAccessor(value => $"Значення «{value}» недопустиме.");
        messages.SetValueMustBeANumberAccessor(field => $"Поле «{field}» має бути числом.");
        messages.SetValueMustNotBeNullAccessor(value => $"Поле «{value}» обов'язкове.");
    }
}
