using System.Text.RegularExpressions;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Short lines that are page furniture whatever markup holds them: "Advertisement", "Share this
/// article", "Sign up for our newsletter", "Read more:", copyright lines, photo credits, "Image 2 of 5", a bare date.</summary>
internal static partial class Boilerplate
{
    [GeneratedRegex(@"^(advertisement|advertising|advert|sponsored|ad|sponsored content|paid content|[^.]{0,40}requires javascript|(please )?enable javascript.*|javascript (is )?(required|disabled).*|story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?|share( this( article| story| page)?)?|share on \w+|tweet|email|print|comments?|\d+ comments?|(read|see|also read|read also|watch) (more|next|also)\b.*|see also\b.*|(more|related|also)( \w+)?\s*:.*|(image|photo|picture|slide) \d+ (of|/) \d+|printer[- ]friendly.*|print this (page|article|story).*|e-?mail this (page|article|story).*|related( articles| stories| coverage)?|more from .{0,40}|recommended( for you)?|follow us.*|sign up.*|subscribe.*|newsletter.*|click here.*|(photo|image|picture|credit|source|video)s?:.*|.*\bgetty images\b.*|.*all rights reserved.*|(©|\(c\)|copyright)\s.*|we use cookies.*|this (site|website) uses cookies.*|accept( all)?( cookies)?|loading\.*|(posted|published|updated|last updated) (on|at)?\s*\S.{0,40})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineRegex();

    /// <summary>A byline: "By Jane Roe", "BY JANE ROE AND JOHN DOE", "By Jane Roe, Reuters". Case-sensitive on purpose:
    /// "By the end of November" is a sentence.</summary>
    [GeneratedRegex(@"^(By|BY|by):? \p{Lu}[\p{L}'’.-]*( +(and +|& +)?(\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|del))*( *[,|/–-] .{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineRegex();

    /// <summary>A line that is only a date, maybe with a weekday and a time: "November 20, 2019", "Tue 20.11.2019 14:05".</summary>
    [GeneratedRegex(@"^((mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?(\d{1,2}(st|nd|rd|th)?\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(,?\s*(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyRegex();

    /// <summary>True for a short line (under 120 characters) that matches a furniture pattern.</summary>
    public static bool IsLine(string text) =>
        text.Length < 120 && (LineRegex().IsMatch(text.TrimEnd('.', ':', '!', ' ')) || DateOnlyRegex().IsMatch(text) || BylineRegex().IsMatch(text));
}
