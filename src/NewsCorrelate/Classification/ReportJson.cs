using System.Text.Json;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>The JSON shape of an <see cref="EvaluationReport"/>, used in model files and by <c>--json</c> output:
/// <c>{"articles":N,"perTag":[{"tag","support","truePositives","falsePositives","falseNegatives","precision","recall","f1"}],
/// "micro":{"precision","recall","f1"},"macro":{...},"confusions":[{"labelled","predicted","count"}]}</c>.</summary>
public static class ReportJson
{
    public static void Write(Utf8JsonWriter json, EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        json.WriteStartObject();
        json.WriteNumber("articles", report.Articles);
        json.WriteStartArray("perTag");
        foreach (var t in report.PerTag)
        {
            json.WriteStartObject();
            json.WriteString("tag", t.Tag.Name);
            json.WriteNumber("support", t.Support);
            json.WriteNumber("truePositives", t.TruePositives);
            json.WriteNumber("falsePositives", t.FalsePositives);
            json.WriteNumber("falseNegatives", t.FalseNegatives);
            json.WriteNumber("precision", Math.Round(t.Precision, 4));
            json.WriteNumber("recall", Math.Round(t.Recall, 4));
            json.WriteNumber("f1", Math.Round(t.F1, 4));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Averages(json, "micro", report.MicroPrecision, report.MicroRecall, report.MicroF1);
        Averages(json, "macro", report.MacroPrecision, report.MacroRecall, report.MacroF1);
        json.WriteStartArray("confusions");
        foreach (var c in report.Confusions)
        {
            json.WriteStartObject();
            json.WriteString("labelled", c.Labelled);
            json.WriteString("predicted", c.Predicted.Name);
            json.WriteNumber("count", c.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads the counts back (the ratios are recomputed from them).</summary>
    public static EvaluationReport Read(JsonElement e)
    {
        var perTag = e.GetProperty("perTag").EnumerateArray().Select(t => new TagMetrics(new Tag(t.GetProperty("tag").GetString()!),
            t.GetProperty("support").GetInt32(), t.GetProperty("truePositives").GetInt32(), t.GetProperty("falsePositives").GetInt32(),
            t.GetProperty("falseNegatives").GetInt32())).ToList();
        var confusions = e.GetProperty("confusions").EnumerateArray().Select(c => new TagConfusion(c.GetProperty("labelled").GetString()!,
            new Tag(c.GetProperty("predicted").GetString()!), c.GetProperty("count").GetInt32())).ToList();
        return new EvaluationReport(e.GetProperty("articles").GetInt32(), perTag, confusions);
    }

    private static void Averages(Utf8JsonWriter json, string name, double p, double r, double f1)
    {
        json.WriteStartObject(name);
        json.WriteNumber("precision", Math.Round(p, 4));
        json.WriteNumber("recall", Math.Round(r, 4));
        json.WriteNumber("f1", Math.Round(f1, 4));
        json.WriteEndObject();
    }
}
