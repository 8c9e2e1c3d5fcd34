using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lounb.Modules.Core.Data;

/// <summary>Times are stored in UTC on every provider and come back marked as UTC.</summary>
internal sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
