using System.ComponentModel.DataAnnotations;

namespace ClaimBot.Host.Serving;

/// <summary>The admin HTTP API. Section "Admin". With no token the API is disabled.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Bearer token for POST /admin/reload (at least 16 characters); unset disables the endpoint.</summary>
    [MinLength(16, ErrorMessage = "Admin:Token must be at least 16 characters.")]
    public string? Token { get; set; }
}
