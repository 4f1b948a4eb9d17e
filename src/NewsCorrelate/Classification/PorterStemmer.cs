namespace NewsCorrelate.Classification;

/// <summary>The Porter (1980) suffix-stripping stemmer for English, so that "eased", "easing" and "eases" share one
/// feature. Our implementation of the published algorithm's five steps. Words of fewer than three letters and words
/// with anything but the letters a-z (digits, accents) are returned unchanged. Pure and thread-safe.</summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3) return word;
        foreach (var c in word)
            if (c is < 'a' or > 'z') return word;
        var w = new Word(word.ToCharArray());
        w.Step1A();
        w.Step1B();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    /// <summary>The word being stemmed: a buffer and its current length; <c>j</c> marks the end of the stem that a
    /// matched suffix leaves.</summary>
    private sealed class Word(char[] b)
    {
        private int k = b.Length - 1; // index of the last letter
        private int j;

        public override string ToString() => new(b, 0, k + 1);

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>m: the number of vowel-consonant sequences in b[0..j].</summary>
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > j) return n;
                if (!IsConsonant(i)) break;
                i++;
            }
            i++;
            while (true)
            {
                while (true)
                {
                    if (i > j) return n;
                    if (IsConsonant(i)) break;
                    i++;
                }
                i++;
                n++;
                while (true)
                {
                    if (i > j) return n;
                    if (!IsConsonant(i)) break;
                    i++;
                }
                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
                if (!IsConsonant(i)) return true;
            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        /// <summary>*o: the stem ends consonant-vowel-consonant and the last consonant is not w, x or y.</summary>
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2)) return false;
            return b[i] is not ('w' or 'x' or 'y');
        }

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > k + 1) return false;
            for (var i = 0; i < length; i++)
                if (b[k - length + 1 + i] != suffix[i]) return false;
            j = k - length;
            return true;
        }

        /// <summary>Replaces b[j+1..k] with <paramref name="s"/>.</summary>
        private void SetTo(string s)
        {
            for (var i = 0; i < s.Length; i++) b[j + 1 + i] = s[i];
            k = j + s.Length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0) SetTo(s);
        }

        public void Step1A()
        {
            if (b[k] != 's') return;
            if (Ends("sses")) k -= 2;
            else if (Ends("ies")) SetTo("i");
            else if (k >= 1 && b[k - 1] != 's') k--;
        }

        public void Step1B()
        {
            if (Ends("eed"))
            {
                if (Measure() > 0) k--;
                return;
            }
            if (!((Ends("ed") || Ends("ing")) && VowelInStem())) return;
            k = j;
            if (Ends("at")) SetTo("ate");
            else if (Ends("bl")) SetTo("ble");
            else if (Ends("iz")) SetTo("ize");
            else if (DoubleConsonant(k))
            {
                if (b[k] is not ('l' or 's' or 'z')) k--;
            }
            else
            {
                j = k;
                if (Measure() == 1 && Cvc(k)) SetTo("e");
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem()) b[k] = 'i';
        }

        private static readonly (string From, string To)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string From, string To)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize",
        ];

        public void Step2() => ApplyFirst(Step2Rules);

        public void Step3() => ApplyFirst(Step3Rules);

        /// <summary>The longest rule whose suffix the word ends with decides (the published rules never let a shorter
        /// one apply after a longer one matched).</summary>
        private void ApplyFirst((string From, string To)[] rules)
        {
            (string From, string To)? best = null;
            foreach (var rule in rules)
                if ((best is null || rule.From.Length > best.Value.From.Length) && Ends(rule.From)) best = rule;
            if (best is { } r && Ends(r.From)) ReplaceIfMeasured(r.To);
        }

        public void Step4()
        {
            string? best = null;
            foreach (var s in Step4Suffixes)
                if ((best is null || s.Length > best.Length) && Ends(s)) best = s;
            if (best is null || !Ends(best)) return;
            if (best == "ion" && !(j >= 0 && b[j] is 's' or 't')) return;
            if (Measure() > 1) k = j;
        }

        public void Step5()
        {
            j = k;
            if (b[k] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(k - 1))) k--;
            }
            j = k;
            if (b[k] == 'l' && DoubleConsonant(k) && Measure() > 1) k--;
        }
    }
}
