namespace NewsCorrelate.Index;

/// <summary>The file is not a NewsCorrelate store this version can open (another application's SQLite file,
/// a newer store version, or not a database at all). The message names the file.</summary>
public sealed class StoreFormatException(string message, Exception? inner = null) : Exception(message, inner);
