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
    public static int Minimise(Objective objective, double[] x, double tolerance = 1e-5, int maxIterations = 300, int memory = 8, double? referenceNorm = null)
    {
        var n = x.Length;
        var g = new double[n];
        var f = objective(x, g);
        var g0 = Math.Max(referenceNorm ?? Norm(g), 1e-12);
        var s = new double[memory][];
        var y = new double[memory][];
        var rho = new double[memory];
        var alpha = new double[memory];
        var stored = 0;
        var head = 0;
        var d = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (Norm(g) <= tolerance * g0) return iteration;
            // two-loop recursion: d = -H g
            for (var i = 0; i < n; i++) d[i] = -g[i];
            for (var k = 0; k < stored; k++)
            {
                var idx = (head - 1 - k + memory) % memory;
                alpha[idx] = rho[idx] * Dot(s[idx], d);
                Axpy(-alpha[idx], y[idx], d);
            }
            if (stored > 0)
            {
                var last = (head - 1 + memory) % memory;
                var gamma = Dot(s[last], y[last]) / Dot(y[last], y[last]);
                for (var i = 0; i < n; i++) d[i] *= gamma;
            }
            else
            {
                var scale = 1.0 / Math.Max(Norm(g), 1e-12);
                for (var i = 0; i < n; i++) d[i] *= scale;
            }
            for (var k = stored - 1; k >= 0; k--)
            {
                var idx = (head - 1 - k + memory) % memory;
                var beta = rho[idx] * Dot(y[idx], d);
                Axpy(alpha[idx] - beta, s[idx], d);
            }
            var slope = Dot(g, d);
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
                for (var i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
                fNew = objective(xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope) { accepted = true; break; }
                step *= 0.5;
            }
            if (!accepted) return iteration;
            var slot = head;
            s[slot] ??= new double[n];
            y[slot] ??= new double[n];
            for (var i = 0; i < n; i++)
            {
                s[slot][i] = xNew[i] - x[i];
                y[slot][i] = gNew[i] - g[i];
            }
            var sy = Dot(s[slot], y[slot]);
            if (sy > 1e-12)
            {
                rho[slot] = 1.0 / sy;
                head = (head + 1) % memory;
                stored = Math.Min(stored + 1, memory);
            }
            var decrease = f - fNew;
            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            f = fNew;
            if (decrease <= 1e-10 * Math.Max(1.0, Math.Abs(f))) return iteration + 1;
        }
        return maxIterations;
    }

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
