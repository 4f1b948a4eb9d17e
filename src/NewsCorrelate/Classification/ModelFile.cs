using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Reads and writes model files. Layout: the 8-byte magic "NCMODEL\n", the format number (int32, little
/// endian), the payload length (int64), the SHA-256 of the payload (32 bytes), then the payload: a UTF-8 JSON header
/// (length-prefixed; keys in a fixed order, numbers in shortest round-trip form) with the label set, feature settings,
/// calibration, thresholds, training-data hash, training date and cross-validated metrics, followed by the vocabulary
/// (bucket int32s, idf float32s) and each tag's weights (float32s). Nothing in it depends on the clock, the machine or
/// the culture, so the same model always gives the same bytes.</summary>
public static class ModelFile
{
    public const int Format = 2;
    private static readonly byte[] Magic = "NCMODEL\n"u8.ToArray();
    private const int HeaderLength = 8 + 4 + 8 + 32;

    /// <summary>The model's version: "nc-" and the first 12 hex characters of its payload's SHA-256.</summary>
    public static string VersionOf(ClassifierModel model) => VersionFromHash(SHA256.HashData(Payload(model)));

    public static byte[] ToBytes(ClassifierModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var payload = Payload(model);
        var bytes = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), Format);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(12), payload.Length);
        SHA256.HashData(payload).CopyTo(bytes, 20);
        payload.CopyTo(bytes, HeaderLength);
        return bytes;
    }

    /// <summary>Writes the model to <paramref name="path"/> through a temporary file and a rename, so a failed write
    /// never leaves half a model behind.</summary>
    public static async Task SaveAsync(ClassifierModel model, string path, CancellationToken cancellationToken)
    {
        var bytes = ToBytes(model);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temp, full, overwrite: true);
    }

    public static ModelLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return ModelLoadResult.Fail($"{path}: no model file there (train one with 'newscorrelate train').");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException e) { return ModelLoadResult.Fail($"{path}: cannot be read ({e.Message})."); }
        catch (UnauthorizedAccessException e) { return ModelLoadResult.Fail($"{path}: cannot be read ({e.Message})."); }
        var result = FromBytes(bytes);
        return result.Success ? result : ModelLoadResult.Fail($"{path}: {result.Error}");
    }

    /// <summary>Parses model bytes; a wrong magic, an unknown format, a truncated or corrupt payload give a failure
    /// saying which.</summary>
    public static ModelLoadResult FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            return ModelLoadResult.Fail("not a NewsCorrelate model file (it does not start with the model file signature).");
        if (bytes.Length < HeaderLength)
            return ModelLoadResult.Fail($"truncated: {bytes.Length} bytes, shorter than the {HeaderLength}-byte header.");
        var format = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        if (format != Format)
            return ModelLoadResult.Fail($"incompatible: model file format {format}, this build reads format {Format}; retrain with 'newscorrelate train'.");
        var length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(12));
        var actual = bytes.Length - HeaderLength;
        if (length > actual)
            return ModelLoadResult.Fail($"truncated: the payload should be {length} bytes but only {actual} are there.");
        if (length < actual)
            return ModelLoadResult.Fail($"corrupt: {actual - length} unexpected bytes after the payload.");
        var payload = bytes.AsSpan(HeaderLength);
        var hash = SHA256.HashData(payload);
        if (!hash.AsSpan().SequenceEqual(bytes.AsSpan(20, 32)))
            return ModelLoadResult.Fail("corrupt: the checksum does not match the content (the file was changed or damaged).");
        try
        {
            return ModelLoadResult.Ok(Parse(payload.ToArray()));
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidDataException or KeyNotFoundException or InvalidOperationException or EndOfStreamException)
        {
            return ModelLoadResult.Fail($"corrupt: {e.Message}");
        }
    }

    private static string VersionFromHash(byte[] hash) => "nc-" + Convert.ToHexStringLower(hash)[..12];

    private static byte[] Payload(ClassifierModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            var header = Header(model);
            writer.Write(header.Length);
            writer.Write(header);
            var v = model.Vocabulary;
            writer.Write(v.Size);
            foreach (var b in v.Buckets) writer.Write(b);
            foreach (var idf in v.Idf) writer.Write(idf);
            foreach (var tag in model.Tags)
            {
                foreach (var w in tag.Document.Weights) writer.Write(w);
                foreach (var w in tag.Passage.Weights) writer.Write(w);
            }
        }
        return stream.ToArray();
    }

    private static byte[] Header(ClassifierModel model)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteStartArray("labels");
            foreach (var t in model.Tags) json.WriteStringValue(t.Tag.Name);
            json.WriteEndArray();
            var f = model.Settings;
            json.WriteStartObject("features");
            json.WriteNumber("wordNgramMax", f.WordNgramMax);
            json.WriteNumber("charNgramMin", f.CharNgramMin);
            json.WriteNumber("charNgramMax", f.CharNgramMax);
            json.WriteNumber("hashBits", f.HashBits);
            json.WriteNumber("minDocumentFrequency", f.MinDocumentFrequency);
            json.WriteNumber("passageWords", f.PassageWords);
            json.WriteBoolean("stem", f.Stem);
            json.WriteNumber("conceptWindow", f.ConceptWindow);
            json.WriteString("concepts", f.Concepts.Source);
            json.WriteBoolean("attribution", f.Attribution);
            json.WriteEndObject();
            json.WriteStartArray("tags");
            foreach (var t in model.Tags)
            {
                json.WriteStartObject();
                json.WriteString("tag", t.Tag.Name);
                json.WriteNumber("documentBias", t.Document.Bias);
                json.WriteNumber("passageBias", t.Passage.Bias);
                json.WriteNumber("plattA", t.Calibration.A);
                json.WriteNumber("plattP", t.Calibration.P);
                json.WriteNumber("plattB", t.Calibration.B);
                json.WriteNumber("threshold", t.Threshold);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            var tr = model.Training;
            json.WriteStartObject("training");
            json.WriteString("dataHash", tr.TrainingDataHash);
            json.WriteString("trainedOn", tr.TrainedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("articles", tr.Articles);
            json.WriteNumber("folds", tr.Folds);
            json.WriteNumber("c", tr.C);
            json.WritePropertyName("crossValidated");
            ReportJson.Write(json, tr.CrossValidated);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static ClassifierModel Parse(byte[] payload)
    {
        using var stream = new MemoryStream(payload);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var headerLength = reader.ReadInt32();
        if (headerLength <= 0 || headerLength > payload.Length - 4) throw new InvalidDataException("the header length is out of range.");
        using var doc = JsonDocument.Parse(reader.ReadBytes(headerLength));
        var root = doc.RootElement;
        var fe = root.GetProperty("features");
        var settings = new FeatureSettings(fe.GetProperty("wordNgramMax").GetInt32(), fe.GetProperty("charNgramMin").GetInt32(),
            fe.GetProperty("charNgramMax").GetInt32(), fe.GetProperty("hashBits").GetInt32(), fe.GetProperty("minDocumentFrequency").GetInt32(),
            fe.GetProperty("passageWords").GetInt32(), fe.GetProperty("stem").GetBoolean(),
            ConceptLexicon.Parse(fe.GetProperty("concepts").GetString()!), fe.GetProperty("conceptWindow").GetInt32())
        {
            Attribution = fe.TryGetProperty("attribution", out var attribution) && attribution.GetBoolean(),
        };
        var size = reader.ReadInt32();
        if (size < 0 || size > settings.Buckets) throw new InvalidDataException("the vocabulary size is out of range.");
        var buckets = new int[size];
        for (var i = 0; i < size; i++) buckets[i] = reader.ReadInt32();
        var idf = new float[size];
        for (var i = 0; i < size; i++) idf[i] = reader.ReadSingle();
        var vocabulary = new Vocabulary(buckets, idf, settings.Buckets);
        var tags = new List<TagModel>();
        foreach (var t in root.GetProperty("tags").EnumerateArray())
        {
            var document = new float[size];
            for (var i = 0; i < size; i++) document[i] = reader.ReadSingle();
            var passage = new float[size];
            for (var i = 0; i < size; i++) passage[i] = reader.ReadSingle();
            tags.Add(new TagModel(new Tag(t.GetProperty("tag").GetString()!),
                new LinearScorer(document, t.GetProperty("documentBias").GetDouble()), new LinearScorer(passage, t.GetProperty("passageBias").GetDouble()),
                new PlattScaling(t.GetProperty("plattA").GetDouble(), t.GetProperty("plattP").GetDouble(), t.GetProperty("plattB").GetDouble()),
                t.GetProperty("threshold").GetDouble()));
        }
        if (stream.Position != stream.Length) throw new InvalidDataException("the weights do not fill the payload exactly.");
        var tr = root.GetProperty("training");
        var info = new TrainingInfo(tr.GetProperty("dataHash").GetString()!,
            DateOnly.ParseExact(tr.GetProperty("trainedOn").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            tr.GetProperty("articles").GetInt32(), tr.GetProperty("folds").GetInt32(), tr.GetProperty("c").GetDouble(),
            ReportJson.Read(tr.GetProperty("crossValidated")));
        return new ClassifierModel(settings, vocabulary, tags, info);
    }
}
