using System.CommandLine;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate stats</c>: what the store holds, per month, source and tag.</summary>
internal sealed class StatsVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var json = CommonOptions.Json();
        var command = new Command("stats",
            "Show how many articles the store holds per month, per source and per tag.\n\n" +
            "Examples:\n" +
            "  newscorrelate stats\n" +
            "  newscorrelate stats --db ~/analysis.db --json")
        {
            json,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse, context);
            var s = store.Stats();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, new
                {
                    store = store.Path,
                    articles = s.Articles,
                    tagged = s.Tagged,
                    labelled = s.Labelled,
                    months = s.Months.Select(m => new { month = m.Key, count = m.Count }),
                    sources = s.Sources.Select(m => new { source = m.Key, count = m.Count }),
                    tags = s.Tags.Select(m => new { tag = m.Key, count = m.Count }),
                });
                return ExitCodes.Ok;
            }
            var o = context.Out;
            o.WriteLine($"{s.Articles} articles in {store.Path} ({s.Tagged} tagged, {s.Labelled} labelled)");
            if (s.Articles == 0) return ExitCodes.Ok;
            var widest = s.Months.Max(m => m.Count);
            o.WriteLine();
            o.WriteLine("Per month:");
            foreach (var m in s.Months)
                o.WriteLine($"  {m.Key}  {m.Count,6}  {new string('#', Math.Max(1, m.Count * 40 / widest))}");
            o.WriteLine();
            o.WriteLine("Per source:");
            foreach (var src in s.Sources) o.WriteLine($"  {src.Count,6}  {src.Key}");
            o.WriteLine();
            o.WriteLine("Per tag:" + (s.Tags.Count == 0 ? " (no tagged articles yet)" : ""));
            foreach (var t in s.Tags) o.WriteLine($"  {t.Count,6}  {t.Key}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
