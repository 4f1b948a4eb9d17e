namespace NewsCorrelate.Correlation;

/// <summary>What an article is to a monthly move.</summary>
public enum EvidenceRole
{
    /// <summary>Reports an event whose usual effect agrees with the move (e.g. tightened controls before a fall).</summary>
    Driver = 0,

    /// <summary>Reports an event pointing the other way ("despite the truce").</summary>
    CounterEvidence = 1,

    /// <summary>A data story that states the series' figure for the month (or the month before).</summary>
    Report = 2,
}
