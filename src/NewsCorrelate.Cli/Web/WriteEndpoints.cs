using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Cli.Web;

/// <summary>The writing API: an analyst's labels, retraining, and re-tagging the store with the retrained model
/// (guarded by <see cref="RequestGuard"/>).</summary>
internal static class WriteEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPut("/api/labels/{id}", async (string id, HttpRequest request, WebState s) =>
        {
            if (!ArticleId.IsValid(id)) return ApiError.BadRequest($"'{id}' is not an article id");
            var articleId = new ArticleId(id);
            if (s.Store.Get(articleId) is null) return ApiError.NotFound($"no article {id}");
            JsonElement body;
            try
            {
                using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
                body = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                return ApiError.BadRequest($"the body is not JSON: {e.Message}");
            }
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("tags", out var tagsJson) || tagsJson.ValueKind != JsonValueKind.Array)
                return ApiError.BadRequest("expected {\"tags\": [\"tag\", ...]} (an empty list records none)");
            var tags = new List<Tag>();
            foreach (var t in tagsJson.EnumerateArray())
            {
                if (t.ValueKind != JsonValueKind.String || !Tag.TryParse(t.GetString(), out var tag))
                    return ApiError.BadRequest($"{t.GetRawText()} is not a tag name (lower-case letters, digits and _)");
                if (!tags.Contains(tag)) tags.Add(tag);
            }
            s.Store.SetLabels(articleId, tags);
            return Results.Json(new { id, labels = tags.Select(t => t.Name) });
        });
        app.MapPost("/api/train", (WebState s) =>
            s.Training.TryStart() ? Results.Json(s.Training.Status(), statusCode: StatusCodes.Status202Accepted) : ApiError.Conflict("a training run is already going"));
        app.MapPost("/api/train/apply", (WebState s) =>
            s.Training.TryApply(out var refusal) ? Results.Json(s.Training.Status(), statusCode: StatusCodes.Status202Accepted) : ApiError.Conflict(refusal!));
        app.MapGet("/api/train/status", (WebState s) => Results.Json(s.Training.Status()));
    }
}
