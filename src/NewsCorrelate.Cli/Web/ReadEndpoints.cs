using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Query;

namespace NewsCorrelate.Cli.Web;

/// <summary>The read-only API: series, explanations, questions, search and articles (shapes in README.md).</summary>
internal static class ReadEndpoints
{
    public const int MaxLimit = 100;

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/series", (WebState s) => Results.Json(SeriesJson.List(s.Engine())));
        app.MapGet("/api/series/{name}", (string name, WebState s) =>
        {
            var engine = s.Engine();
            return Results.Json(SeriesJson.Timeline(engine, AskVerb.SeriesName(engine, name)));
        });
        app.MapGet("/api/explain", (string? series, string? month, WebState s) =>
        {
            if (string.IsNullOrWhiteSpace(series)) return ApiError.BadRequest("give series=NAME");
            if (!Month.TryParse(month, out var m)) return ApiError.BadRequest($"month '{month}' is not a month; expected YYYY-MM, e.g. 2025-11");
            var engine = s.Engine();
            var answer = engine.Explainer().Explain(AskVerb.SeriesName(engine, series), m);
            return answer.Success ? Results.Json(ExplanationOutput.Json(answer.Value!, null)) : ApiError.BadRequest(answer.Error!);
        });
        app.MapGet("/api/ask", (string? q, string? series, WebState s) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return ApiError.BadRequest("give q=QUESTION, e.g. what explained the November drop");
            var engine = s.Engine();
            var parsed = engine.Questions().Parse(q, DateOnly.FromDateTime(s.Context.Time.GetLocalNow().DateTime));
            if (!parsed.Success) return ApiError.BadRequest(parsed.Error!);
            var question = parsed.Value!;
            if (!string.IsNullOrWhiteSpace(series)) question = question with { Series = AskVerb.SeriesName(engine, series) };
            var answer = engine.Explainer().Ask(question);
            return answer.Success ? Results.Json(ExplanationOutput.Json(answer.Value!, question.Text)) : ApiError.BadRequest(answer.Error!);
        });
        app.MapGet("/api/search", (string? q, int? limit, WebState s) =>
        {
            var n = limit ?? 20;
            if (n is < 0 or > MaxLimit) return ApiError.BadRequest($"limit {n}: use 0 to {MaxLimit}");
            var text = q ?? "";
            var parsed = QueryParser.Parse(text);
            if (!parsed.Success) return ApiError.BadRequest($"bad query: {parsed.Error!.Message} at column {parsed.Error.Column}");
            var search = parsed.Value!;
            if (search.Filters.From is { } f && search.Filters.To is { } t && f > t)
                return ApiError.BadRequest($"the month window is empty: from {f} is after to {t}");
            return Results.Json(SearchVerb.Json(text, search, s.Store.Search(search, n)));
        });
        app.MapGet("/api/articles/{id}", (string id, WebState s) =>
        {
            if (!ArticleId.IsValid(id)) return ApiError.BadRequest($"'{id}' is not an article id");
            var article = s.Store.Get(new ArticleId(id));
            return article is null ? ApiError.NotFound($"no article {id}") : Results.Json(ArticleJson.Of(article, s));
        });
        app.MapGet("/api/labels", (WebState s) => Results.Json(new
        {
            tags = ArticleJson.KnownTags(s),
            labels = s.Store.AllLabels().Select(l => new { id = l.Id.Value, tags = l.Tags.Select(t => t.Name) }),
        }));
    }
}
