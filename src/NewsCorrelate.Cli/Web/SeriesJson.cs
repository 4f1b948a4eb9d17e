using NewsCorrelate.Domain;
using NewsCorrelate.Index;

namespace NewsCorrelate.Cli.Web;

/// <summary>JSON shapes of <c>/api/series</c> (the list) and <c>/api/series/{name}</c> (the timeline).</summary>
internal static class SeriesJson
{
    public static object List(Engine engine)
    {
        var changes = engine.Explainer().Changes;
        return new
        {
            series = engine.Series().Select(d =>
            {
                var months = changes.Where(c => c.Series.Equals(d.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                return new
                {
                    name = d.Name,
                    description = d.Description,
                    unit = d.Unit,
                    cumulative = d.IsCumulative,
                    months = months.Count,
                    latestMonth = months.Count == 0 ? null : months.Max(c => c.Month).ToString(),
                };
            }),
        };
    }

    /// <summary>Every month of the series with its move, plus per month how many articles carry each tag.</summary>
    public static object Timeline(Engine engine, string name)
    {
        var definition = engine.Series().First(d => d.Name == name);
        var months = engine.Explainer().Changes.Where(c => c.Series == name).OrderBy(c => c.Month).ToList();
        var markers = new Dictionary<Month, Dictionary<string, int>>();
        if (months.Count > 0)
            foreach (var (month, tag, count) in engine.Store.TagCountsPerMonth(months[0].Month, months[^1].Month))
            {
                var perTag = markers.TryGetValue(month, out var d) ? d : markers[month] = [];
                perTag[tag.Name] = count;
            }
        return new
        {
            name = definition.Name,
            description = definition.Description,
            unit = definition.Unit,
            cumulative = definition.IsCumulative,
            months = months.Select(c => new
            {
                month = c.Month.ToString(),
                value = c.Value,
                previous = c.Previous,
                momPct = Round(c.MomPct),
                yoyPct = Round(c.YoyPct),
                z = Round(c.Unusualness),
                notable = c.Notable,
                direction = c.Direction switch { < 0 => "down", > 0 => "up", _ => "flat" },
                description = c.UnusualnessText,
                source = c.Source,
                tags = markers.TryGetValue(c.Month, out var perTag)
                    ? perTag.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new { tag = p.Key, count = p.Value })
                    : [],
            }),
        };
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 2) : null;
}
