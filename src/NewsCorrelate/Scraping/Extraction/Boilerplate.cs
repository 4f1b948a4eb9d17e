using System.Text.RegularExpressions;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Short lines that are page furniture whatever markup holds them: "Advertisement", "Share this
/// article", "Sign up for our newsletter", "Read more:", copyright lines, photo credits.</summary>
internal static partial class Boilerplate
{
    [GeneratedRegex(@"^(advertisement|advertising|sponsored|ad|story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?|share( this( article| story| page)?)?|share on \w+|tweet|email|print|comments?|\d+ comments?|(read|see|also read|read also|watch) (more|next|also)\b.*|see also\b.*|(more|related|also)\s*:.*|printer[- ]friendly.*|print this (page|article|story).*|e-?mail this (page|article|story).*|related( articles| stories| coverage)?|more from .{0,40}|recommended( for you)?|follow us.*|sign up.*|subscribe.*|newsletter.*|click here.*|(photo|image|picture|credit|source|video)s?:.*|.*\bgetty images\b.*|.*all rights reserved.*|(©|\(c\)|copyright)\s.*|we use cookies.*|this (site|website) uses cookies.*|accept( all)?( cookies)?|loading\.*|(posted|published|updated|last updated) (on|at)?\s*\S.{0,40}|by [\p{Lu}][^.!?]{0,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineRegex();

    /// <summary>True for a short line (under 120 characters) that matches a furniture pattern.</summary>
    public static bool IsLine(string text) => text.Length < 120 && LineRegex().IsMatch(text.TrimEnd('.', ':', '!', ' '));
}
