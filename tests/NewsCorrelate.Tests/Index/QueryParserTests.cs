using NewsCorrelate.Domain;
using NewsCorrelate.Index.Query;
using Xunit;

namespace NewsCorrelate.Tests.Index;

public class QueryParserTests
{
    public static TheoryData<string, string> Translations => new()
    {
        { "magnets", "\"magnets\"" },
        { "rare earth", "((\"rare\" AND \"earth\"))" },
        { "rare AND earth", "((\"rare\" AND \"earth\"))" },
        { "\"export licences\"", "\"export licences\"" },
        { "truce OR pause", "(\"truce\" OR \"pause\")" },
        { "a b OR c", "(((\"a\" AND \"b\")) OR \"c\")" },
        { "magnet* -gallium", "((\"magnet\"*) NOT \"gallium\")" },
        { "magnets NOT gallium NOT germanium", "((\"magnets\") NOT \"gallium\" NOT \"germanium\")" },
        { "(truce OR pause) exports", "(((\"truce\" OR \"pause\") AND \"exports\"))" },
        { "exports -(gallium OR germanium)", "((\"exports\") NOT (\"gallium\" OR \"germanium\"))" },
        { "\"rare ear\"*", "\"rare ear\"*" },
        { "u.s.-china", "\"u.s.-china\"" },
        { "10:30 talks", "((\"10:30\" AND \"talks\"))" },
        { "or and not", "((\"or\" AND \"and\" AND \"not\"))" },
        { "NEAR(a b)", "((\"NEAR\" AND ((\"a\" AND \"b\"))))" },
    };

    [Theory]
    [MemberData(nameof(Translations))]
    public void Words_become_a_quoted_fts5_expression(string query, string expected)
    {
        var parsed = QueryParser.Parse(query);
        Assert.True(parsed.Success, parsed.Error?.ToString());
        Assert.Equal(expected, FtsTranslator.ToMatch(parsed.Value!.Text!));
    }

    public static TheoryData<string, string, int> Errors => new()
    {
        { "\"export licences", "unclosed quote", 1 },
        { "magnets \"rare earth", "unclosed quote", 9 },
        { "mnth:2025-11 magnets", "unknown field 'mnth:'; known: month, from, to, tag, source", 1 },
        { "exports month:2025-13", "'2025-13' is not a month", 9 },
        { "from:2025-4", "'2025-4' is not a month", 1 },
        { "tag:Truce!", "'Truce!' is not a tag name", 1 },
        { "month:", "field 'month:' needs a value", 1 },
        { "(truce OR pause", "'(' is never closed", 1 },
        { "truce)", "')' without a matching '('", 6 },
        { "truce OR", "'OR' needs a word, phrase or group after it", 7 },
        { "OR truce", "'OR' needs a word, phrase or group before it", 1 },
        { "truce AND", "'AND' needs a word, phrase or group after it", 7 },
        { "-gallium", "cannot consist only of exclusions", 1 },
        { "NOT gallium month:2025-11", "cannot consist only of exclusions", 1 },
        { "truce OR -pause", "cannot consist only of exclusions", 10 },
        { "exports - gallium", "'-' must be followed directly", 9 },
        { "()", "empty parentheses", 1 },
        { "%%%", "'%%%' has no letters or digits", 1 },
        { "\" \"", "the phrase has no letters or digits", 1 },
        { "(truce month:2025-11) OR pause", "filter 'month:' applies to the whole query", 8 },
        { "truce OR tag:truce", "filter 'tag:' applies to the whole query", 10 },
        { "col:* x", "unknown field 'col:'", 1 },
        { "from:2025-06 to:2025-04", "the month window is empty", 1 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Bad_queries_are_a_message_with_a_column(string query, string message, int column)
    {
        var parsed = QueryParser.Parse(query);
        Assert.False(parsed.Success);
        Assert.Contains(message, parsed.Error!.Message);
        Assert.Equal(column, parsed.Error.Column);
    }

    [Fact]
    public void Fields_become_filters_and_the_rest_stays_words()
    {
        var q = QueryParser.Parse("exports tag:truce source:\"financial times\" from:2025-04 to:2025-06 tag:concession").GetValueOrThrow();
        Assert.Equal(new QueryNode.Term("exports", false, 1), q.Text);
        Assert.Equal(new Month(2025, 4), q.Filters.From);
        Assert.Equal(new Month(2025, 6), q.Filters.To);
        Assert.Equal([Tag.Truce, Tag.Concession], q.Filters.Tags);
        Assert.Equal(["financial times"], q.Filters.Sources);
    }

    [Fact]
    public void Month_narrows_the_window_and_field_names_ignore_case()
    {
        var q = QueryParser.Parse("MONTH:2025-11 from:2025-01").GetValueOrThrow();
        Assert.Null(q.Text);
        Assert.Equal(new Month(2025, 11), q.Filters.From);
        Assert.Equal(new Month(2025, 11), q.Filters.To);
    }

    [Fact]
    public void An_empty_query_lists_everything()
    {
        var q = QueryParser.Parse("   ").GetValueOrThrow();
        Assert.Null(q.Text);
        Assert.True(q.Filters.IsEmpty);
    }

    [Fact]
    public void Error_text_reads_as_message_at_column()
    {
        Assert.Equal("unclosed quote at column 12", QueryParser.Parse("licences x \"abc").Error!.ToString());
    }
}
