using System.Buffers.Binary;
using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class ModelFileTests
{
    private static readonly byte[] Bytes = ModelFile.ToBytes(Samples.Model);

    [Fact]
    public void A_model_survives_a_round_trip_bit_for_bit()
    {
        var loaded = ModelFile.FromBytes(Bytes);
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(Bytes, ModelFile.ToBytes(loaded.Model!));
        Assert.Equal(Samples.Model.Version, loaded.Model!.Version);
        Assert.Matches("^nc-[0-9a-f]{12}$", loaded.Model.Version);
        Assert.Equal(Samples.Model.Training, loaded.Model.Training with { CrossValidated = Samples.Model.Training.CrossValidated });
        Assert.Equal(Samples.Model.Training.CrossValidated.MacroF1, loaded.Model.Training.CrossValidated.MacroF1);
        var input = new ClassifierInput("x", "", "Beijing suspended the October controls for one year.");
        Assert.Equal(Samples.Model.Probabilities(input), loaded.Model.Probabilities(input));
    }

    [Fact]
    public void The_attribution_setting_survives_a_round_trip()
    {
        var withAttribution = new ClassifierModel(Samples.Model.Settings.With(0, false, ConceptLexicon.Default, true), Samples.Model.Vocabulary,
            Samples.Model.Tags, Samples.Model.Training);
        Assert.True(ModelFile.FromBytes(ModelFile.ToBytes(withAttribution)).Model!.Settings.Attribution);
        // Samples.Model has no concepts, so no attribution
        Assert.False(ModelFile.FromBytes(Bytes).Model!.Settings.Attribution);
    }

    [Fact]
    public void A_flipped_byte_is_refused_as_corrupt()
    {
        var bytes = (byte[])Bytes.Clone();
        bytes[bytes.Length / 2] ^= 0x40;
        var result = ModelFile.FromBytes(bytes);
        Assert.False(result.Success);
        Assert.StartsWith("corrupt: the checksum does not match", result.Error);
    }

    [Fact]
    public void A_truncated_file_is_refused_as_truncated()
    {
        Assert.StartsWith("truncated: the payload should be", ModelFile.FromBytes(Bytes[..(Bytes.Length - 100)]).Error);
        Assert.StartsWith("truncated:", ModelFile.FromBytes(Bytes[..20]).Error);
    }

    [Fact]
    public void Another_format_is_refused_as_incompatible()
    {
        var bytes = (byte[])Bytes.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), ModelFile.Format + 1);
        Assert.StartsWith($"incompatible: model file format {ModelFile.Format + 1}", ModelFile.FromBytes(bytes).Error);
    }

    [Fact]
    public void Other_files_are_refused_with_the_path_in_the_message()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nc-not-a-model-{Guid.NewGuid():N}.ncm");
        File.WriteAllText(path, "article_id,tags\n");
        try
        {
            var result = ModelFile.Load(path);
            Assert.False(result.Success);
            Assert.Equal($"{path}: not a NewsCorrelate model file (it does not start with the model file signature).", result.Error);
            Assert.Contains("no model file there", ModelFile.Load(path + ".missing").Error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
