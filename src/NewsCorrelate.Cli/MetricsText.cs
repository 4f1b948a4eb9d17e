using System.Globalization;
using NewsCorrelate.Classification;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary>Renders an <see cref="EvaluationReport"/> as a table (per tag, micro, macro) and the confusions.</summary>
internal static class MetricsText
{
    public static void Write(CliContext context, EvaluationReport report)
    {
        var console = context.Console;
        var table = new Table().AddColumns("tag", "support", "precision", "recall", "F1");
        foreach (var t in report.PerTag)
            table.AddRow(t.Tag.Name, t.Support.ToString(CultureInfo.InvariantCulture), F(t.Precision), F(t.Recall), F(t.F1));
        table.AddRow("micro avg", report.PerTag.Sum(t => t.Support).ToString(CultureInfo.InvariantCulture), F(report.MicroPrecision), F(report.MicroRecall), F(report.MicroF1));
        table.AddRow("macro avg", "", F(report.MacroPrecision), F(report.MacroRecall), F(report.MacroF1));
        console.Write(table);
        if (report.Confusions.Count == 0)
        {
            context.Out.WriteLine("Confused tags: none.");
            return;
        }
        context.Out.WriteLine("Confused tags (labelled -> wrongly also given):");
        foreach (var c in report.Confusions)
            context.Out.WriteLine($"  {c.Labelled} -> {c.Predicted}: {c.Count} article(s)");
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
