using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsCorrelate.Classification;

/// <summary>Limited-memory BFGS for smooth convex objectives, with a backtracking (Armijo) line search. Plain
/// sequential arithmetic, so the same objective always yields the same bits. Thread-safe: all state lives in the call
/// (the objective must not share mutable state between concurrent calls).</summary>
internal static class Lbfgs
{
    /// <summary>The objective: fills <c>gradient</c> at <c>x</c> and returns the value.</summary>
    public delegate double Objective(double[] x, double[] gradient);

    /// <summary>Minimises from <paramref name="x"/> (updated in place). Stops when the gradient norm falls below
    /// <paramref name="tolerance"/> times its starting norm, when progress stalls, or after <paramref name="maxIterations"/>.</summary>
    /// <param name="referenceNorm">The gradient norm the tolerance is relative to, when not the starting one (a warm
    /// start begins near the optimum, and its own gradient norm would ask for a far tighter fit).</param>
    /// <returns>The iterations used.</returns>
    /// <remarks>The vectors are long (features × labels) and each pass over them costs memory traffic, so the passes
    /// are fused: each update of the direction also forms the dot product the next step needs, and the stored pair's
    /// dot products are formed while it is written. Every element and every dot product is computed with the same
    /// operations in the same order as in separate passes, so the fusion changes the speed, not the bits.</remarks>
    public static int Minimise(Objective objective, double[] x, double tolerance = 1e-5, int maxIterations = 300, int memory = 8, double? referenceNorm = null)
    {
        var n = x.Length;
        var g = new double[n];
        var f = objective(x, g);
        var gNorm = Norm(g);
        var g0 = Math.Max(referenceNorm ?? gNorm, 1e-12);
        var s = new double[memory][];
        var y = new double[memory][];
        var rho = new double[memory];
        var sy = new double[memory]; // s·y and y·y of each slot's current contents
        var yy = new double[memory];
        var alpha = new double[memory];
        var stored = 0;
        var head = 0;
        var d = new double[n];
        var current = x; // the iterate and the candidate swap arrays instead of copying; x gets the result at the end
        var xNew = new double[n];
        var gNew = new double[n];
        var used = maxIterations;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (gNorm <= tolerance * g0) { used = iteration; break; }
            // two-loop recursion: d = -H g (slot of the k-th newest pair: (head - 1 - k) mod memory)
            double slope;
            if (stored == 0) slope = NegateScaleDot(g, d, 1.0 / Math.Max(gNorm, 1e-12), g);
            else
            {
                var dot = NegateScaleDot(g, d, 1.0, s[Slot(head, 0, memory)]); // s·d for the newest pair
                for (var k = 0; k < stored; k++)
                {
                    var idx = Slot(head, k, memory);
                    alpha[idx] = rho[idx] * dot;
                    if (k < stored - 1) dot = AxpyScaleDot(-alpha[idx], y[idx], d, 1.0, s[Slot(head, k + 1, memory)]);
                    else
                    {
                        // the last update also scales d by gamma (from the newest pair) and forms y·d for the oldest
                        var last = Slot(head, 0, memory);
                        dot = AxpyScaleDot(-alpha[idx], y[idx], d, sy[last] / yy[last], y[idx]);
                    }
                }
                slope = 0;
                for (var k = stored - 1; k >= 0; k--)
                {
                    var idx = Slot(head, k, memory);
                    var beta = rho[idx] * dot;
                    if (k > 0) dot = AxpyScaleDot(alpha[idx] - beta, s[idx], d, 1.0, y[Slot(head, k - 1, memory)]);
                    else slope = AxpyScaleDot(alpha[idx] - beta, s[idx], d, 1.0, g);
                }
            }
            if (slope >= 0)
            {
                // not a descent direction (numerical trouble): restart from steepest descent
                stored = 0;
                for (var i = 0; i < n; i++) d[i] = -g[i] / g0;
                slope = Dot(g, d);
            }
            var step = 1.0;
            double fNew = 0;
            var accepted = false;
            for (var tries = 0; tries < 40; tries++)
            {
                Step(current, step, d, xNew);
                fNew = objective(xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope) { accepted = true; break; }
                step *= 0.5;
            }
            if (!accepted) { used = iteration; break; }
            var slot = head;
            s[slot] ??= new double[n];
            y[slot] ??= new double[n];
            (sy[slot], yy[slot], var gg) = Pair(xNew, current, gNew, g, s[slot], y[slot]);
            if (sy[slot] > 1e-12)
            {
                rho[slot] = 1.0 / sy[slot];
                head = (head + 1) % memory;
                stored = Math.Min(stored + 1, memory);
            }
            var decrease = f - fNew;
            (current, xNew) = (xNew, current);
            (g, gNew) = (gNew, g);
            gNorm = Math.Sqrt(gg);
            f = fNew;
            if (decrease <= 1e-10 * Math.Max(1.0, Math.Abs(f))) { used = iteration + 1; break; }
        }
        if (!ReferenceEquals(current, x)) Array.Copy(current, x, n);
        return used;
    }

    /// <summary>The slot of the k-th newest stored pair.</summary>
    private static int Slot(int head, int k, int memory) => (head - 1 - k + 2 * memory) % memory;

    /// <summary>d = (-g)·scale; returns z·d (as <see cref="Dot"/> would).</summary>
    private static double NegateScaleDot(double[] g, double[] d, double scale, double[] z)
    {
        var n = g.Length;
        var lanes = Vector256<double>.Count;
        ref var rg = ref MemoryMarshal.GetArrayDataReference(g);
        ref var rd = ref MemoryMarshal.GetArrayDataReference(d);
        ref var rz = ref MemoryMarshal.GetArrayDataReference(z);
        var vs = Vector256.Create(scale);
        var first = Vector256<double>.Zero;
        var second = Vector256<double>.Zero;
        var i = 0;
        for (; i + 2 * lanes <= n; i += 2 * lanes)
        {
            var a = -Vector256.LoadUnsafe(ref rg, (nuint)i) * vs;
            var b = -Vector256.LoadUnsafe(ref rg, (nuint)(i + lanes)) * vs;
            a.StoreUnsafe(ref rd, (nuint)i);
            b.StoreUnsafe(ref rd, (nuint)(i + lanes));
            first += Vector256.LoadUnsafe(ref rz, (nuint)i) * a;
            second += Vector256.LoadUnsafe(ref rz, (nuint)(i + lanes)) * b;
        }
        var both = first + second;
        var sum = (both.GetElement(0) + both.GetElement(1)) + (both.GetElement(2) + both.GetElement(3));
        for (; i < n; i++)
        {
            d[i] = -g[i] * scale;
            sum += z[i] * d[i];
        }
        return sum;
    }

    /// <summary>y = (y + a·x)·scale, element by element; returns z·y of the result (as <see cref="Dot"/> would).</summary>
    private static double AxpyScaleDot(double a, double[] x, double[] y, double scale, double[] z)
    {
        var n = x.Length;
        var lanes = Vector256<double>.Count;
        ref var rx = ref MemoryMarshal.GetArrayDataReference(x);
        ref var ry = ref MemoryMarshal.GetArrayDataReference(y);
        ref var rz = ref MemoryMarshal.GetArrayDataReference(z);
        var va = Vector256.Create(a);
        var vs = Vector256.Create(scale);
        var first = Vector256<double>.Zero;
        var second = Vector256<double>.Zero;
        var i = 0;
        for (; i + 2 * lanes <= n; i += 2 * lanes)
        {
            var p = (Vector256.LoadUnsafe(ref ry, (nuint)i) + va * Vector256.LoadUnsafe(ref rx, (nuint)i)) * vs;
            var q = (Vector256.LoadUnsafe(ref ry, (nuint)(i + lanes)) + va * Vector256.LoadUnsafe(ref rx, (nuint)(i + lanes))) * vs;
            p.StoreUnsafe(ref ry, (nuint)i);
            q.StoreUnsafe(ref ry, (nuint)(i + lanes));
            first += Vector256.LoadUnsafe(ref rz, (nuint)i) * p;
            second += Vector256.LoadUnsafe(ref rz, (nuint)(i + lanes)) * q;
        }
        var both = first + second;
        var sum = (both.GetElement(0) + both.GetElement(1)) + (both.GetElement(2) + both.GetElement(3));
        for (; i < n; i++)
        {
            y[i] = (y[i] + a * x[i]) * scale;
            sum += z[i] * y[i];
        }
        return sum;
    }

    /// <summary>xNew = x + step·d, element by element.</summary>
    private static void Step(double[] x, double step, double[] d, double[] xNew)
    {
        var n = x.Length;
        var lanes = Vector256<double>.Count;
        ref var rx = ref MemoryMarshal.GetArrayDataReference(x);
        ref var rd = ref MemoryMarshal.GetArrayDataReference(d);
        ref var rn = ref MemoryMarshal.GetArrayDataReference(xNew);
        var vs = Vector256.Create(step);
        var i = 0;
        for (; i + lanes <= n; i += lanes)
            (Vector256.LoadUnsafe(ref rx, (nuint)i) + vs * Vector256.LoadUnsafe(ref rd, (nuint)i)).StoreUnsafe(ref rn, (nuint)i);
        for (; i < n; i++) xNew[i] = x[i] + step * d[i];
    }

    /// <summary>Writes the pair s = xNew - x, y = gNew - g; returns s·y, y·y and gNew·gNew (each as <see cref="Dot"/>
    /// would).</summary>
    private static (double SY, double YY, double GG) Pair(double[] xNew, double[] x, double[] gNew, double[] g, double[] s, double[] y)
    {
        var n = x.Length;
        var lanes = Vector256<double>.Count;
        ref var rxn = ref MemoryMarshal.GetArrayDataReference(xNew);
        ref var rx = ref MemoryMarshal.GetArrayDataReference(x);
        ref var rgn = ref MemoryMarshal.GetArrayDataReference(gNew);
        ref var rg = ref MemoryMarshal.GetArrayDataReference(g);
        ref var rs = ref MemoryMarshal.GetArrayDataReference(s);
        ref var ry = ref MemoryMarshal.GetArrayDataReference(y);
        Vector256<double> sy1 = default, sy2 = default, yy1 = default, yy2 = default, gg1 = default, gg2 = default;
        var i = 0;
        for (; i + 2 * lanes <= n; i += 2 * lanes)
        {
            var i2 = (nuint)(i + lanes);
            var s1 = Vector256.LoadUnsafe(ref rxn, (nuint)i) - Vector256.LoadUnsafe(ref rx, (nuint)i);
            var s2 = Vector256.LoadUnsafe(ref rxn, i2) - Vector256.LoadUnsafe(ref rx, i2);
            var gn1 = Vector256.LoadUnsafe(ref rgn, (nuint)i);
            var gn2 = Vector256.LoadUnsafe(ref rgn, i2);
            var y1 = gn1 - Vector256.LoadUnsafe(ref rg, (nuint)i);
            var y2 = gn2 - Vector256.LoadUnsafe(ref rg, i2);
            s1.StoreUnsafe(ref rs, (nuint)i);
            s2.StoreUnsafe(ref rs, i2);
            y1.StoreUnsafe(ref ry, (nuint)i);
            y2.StoreUnsafe(ref ry, i2);
            sy1 += s1 * y1;
            sy2 += s2 * y2;
            yy1 += y1 * y1;
            yy2 += y2 * y2;
            gg1 += gn1 * gn1;
            gg2 += gn2 * gn2;
        }
        var sumSy = Reduce(sy1 + sy2);
        var sumYy = Reduce(yy1 + yy2);
        var sumGg = Reduce(gg1 + gg2);
        for (; i < n; i++)
        {
            s[i] = xNew[i] - x[i];
            y[i] = gNew[i] - g[i];
            sumSy += s[i] * y[i];
            sumYy += y[i] * y[i];
            sumGg += gNew[i] * gNew[i];
        }
        return (sumSy, sumYy, sumGg);
    }

    private static double Reduce(Vector256<double> both) => (both.GetElement(0) + both.GetElement(1)) + (both.GetElement(2) + both.GetElement(3));

    /// <summary>a·b with eight running sums (two vectors of four lanes) added in a fixed order, so the result is the
    /// same on every machine whether or not it has vector instructions.</summary>
    private static double Dot(double[] a, double[] b)
    {
        var n = a.Length;
        var lanes = Vector256<double>.Count;
        ref var ra = ref MemoryMarshal.GetArrayDataReference(a);
        ref var rb = ref MemoryMarshal.GetArrayDataReference(b);
        var first = Vector256<double>.Zero;
        var second = Vector256<double>.Zero;
        var i = 0;
        for (; i + 2 * lanes <= n; i += 2 * lanes)
        {
            first += Vector256.LoadUnsafe(ref ra, (nuint)i) * Vector256.LoadUnsafe(ref rb, (nuint)i);
            second += Vector256.LoadUnsafe(ref ra, (nuint)(i + lanes)) * Vector256.LoadUnsafe(ref rb, (nuint)(i + lanes));
        }
        var both = first + second;
        var sum = (both.GetElement(0) + both.GetElement(1)) + (both.GetElement(2) + both.GetElement(3));
        for (; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>y += a·x, element by element (vectors give the same bits as the scalar loop).</summary>
    private static void Axpy(double a, double[] x, double[] y)
    {
        var n = x.Length;
        var lanes = Vector256<double>.Count;
        ref var rx = ref MemoryMarshal.GetArrayDataReference(x);
        ref var ry = ref MemoryMarshal.GetArrayDataReference(y);
        var va = Vector256.Create(a);
        var i = 0;
        for (; i + lanes <= n; i += lanes)
            (Vector256.LoadUnsafe(ref ry, (nuint)i) + va * Vector256.LoadUnsafe(ref rx, (nuint)i)).StoreUnsafe(ref ry, (nuint)i);
        for (; i < n; i++) y[i] += a * x[i];
    }

    internal static double Norm(double[] a) => Math.Sqrt(Dot(a, a));
}
