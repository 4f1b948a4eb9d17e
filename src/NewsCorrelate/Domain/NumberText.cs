using System.Globalization;

namespace NewsCorrelate.Domain;

/// <summary>How numbers are written for people: changes with an explicit sign ("+56.1%", "-11.3%", never
/// "-0.0"), tonnes with thousands separators ("5,473 t"). Invariant culture.</summary>
public static class NumberText
{
    /// <summary>"+12.4" / "-0.2" / "0.0" (one decimal by default).</summary>
    public static string Signed(double value, int decimals = 1)
    {
        var rounded = Math.Round(value, decimals);
        var format = "0." + new string('0', decimals);
        return rounded == 0 ? (0.0).ToString(format, CultureInfo.InvariantCulture) : rounded.ToString("+" + format + ";-" + format, CultureInfo.InvariantCulture);
    }

    /// <summary>"+12.4%"; "n/a" for null.</summary>
    public static string Percent(double? value) => value is { } v ? Signed(v) + "%" : "n/a";

    /// <summary>"5,473 t", "581.8 t"; "n/a" for null.</summary>
    public static string Tonnes(double? value, string unit = "t") =>
        value is { } v ? v.ToString("#,0.#", CultureInfo.InvariantCulture) + " " + unit : "n/a";
}
