// Shared by both stores: compiled into ClaimBot.Store.Postgres as a linked file (see its .csproj).
using System.Text.Json.Serialization;
using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Shared;

/// <summary>Source-generated JSON for the list-valued claim columns (entities, dates, numbers).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EntityRef[]))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
