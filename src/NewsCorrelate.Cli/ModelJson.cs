using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsCorrelate.Classification;

namespace NewsCorrelate.Cli;

/// <summary>JSON shapes of the classifier verbs (documented in README.md).</summary>
internal static class ModelJson
{
    /// <summary><c>{"model","version","labels","thresholds":{tag:t},"trainedOn","trainingDataHash","articles","folds","c","crossValidated":{report}}</c></summary>
    public static string Summary(ClassifierModel model, string path) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("model", path);
        json.WriteString("version", model.Version);
        json.WriteStartArray("labels");
        foreach (var t in model.Labels) json.WriteStringValue(t.Name);
        json.WriteEndArray();
        json.WriteStartObject("thresholds");
        foreach (var t in model.Tags) json.WriteNumber(t.Tag.Name, Math.Round(t.Threshold, 4));
        json.WriteEndObject();
        json.WriteString("trainedOn", model.Training.TrainedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("trainingDataHash", model.Training.TrainingDataHash);
        json.WriteNumber("articles", model.Training.Articles);
        json.WriteNumber("folds", model.Training.Folds);
        json.WriteNumber("c", model.Training.C);
        json.WritePropertyName("crossValidated");
        ReportJson.Write(json, model.Training.CrossValidated);
        json.WriteEndObject();
    });

    /// <summary>One line per article: <c>{"id","model","tags":[{"tag","probability","evidence":[...]}],"scores":{tag:p}}</c>
    /// (<c>tags</c> holds the assigned tags only; <c>scores</c> every tag's probability).</summary>
    public static string Classification(ArticleClassification result, string modelVersion) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("id", result.Id);
        json.WriteString("model", modelVersion);
        json.WriteStartArray("tags");
        foreach (var s in result.Assigned)
        {
            json.WriteStartObject();
            json.WriteString("tag", s.Tag.Name);
            json.WriteNumber("probability", Math.Round(s.Probability, 4));
            json.WriteStartArray("evidence");
            foreach (var e in s.Evidence) json.WriteStringValue(e);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("scores");
        foreach (var s in result.Scores) json.WriteNumber(s.Tag.Name, Math.Round(s.Probability, 4));
        json.WriteEndObject();
        json.WriteEndObject();
    });

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(json);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
