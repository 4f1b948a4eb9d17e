using Microsoft.AspNetCore.Http;

namespace NewsCorrelate.Cli.Web;

/// <summary>API failures as <c>{"error": "..."}</c> with their status code.</summary>
internal static class ApiError
{
    public static IResult BadRequest(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status409Conflict);
}
