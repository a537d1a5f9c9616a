using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>How a failed model call is logged.</summary>
internal static class ModelCallError
{
    /// <summary>The type and status only: exception messages can carry the server's response body.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: { } status } => $"{exception.GetType().Name}, HTTP {(int)status}",
        HttpRequestException { StatusCode: { } status } => $"{exception.GetType().Name}, HTTP {(int)status}",
        _ => exception.GetType().Name,
    };
}
