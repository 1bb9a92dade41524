using System.Reflection;
using Sim.Engine.Statistics;

namespace Sim.Models.Tests.Kpis;

/// <summary>
/// Checks a KPI type's Merge by reflection over its fields, so that a counter added to the type
/// but forgotten in Merge fails here instead of reading as zero in the aggregated rows.
/// </summary>
internal static class MergeAssert
{
    /// <summary>
    /// Fills every mutable number field of two instances with distinct values and every tally and
    /// histogram with distinct counts, merges the second into the first, and checks that each number is
    /// the sum and each tally or histogram holds both. Read-only fields other than tallies and
    /// histograms are the record's identity (key, kind, capacity) and are left alone; a field of any
    /// other type fails the check, so that a new kind of statistic gets a rule here.
    /// </summary>
    public static void AddsEveryField<T>(Func<T> create, Action<T, T> merge)
        where T : class
    {
        var a = create();
        var b = create();
        var expected = new List<(FieldInfo Field, object Value)>();
        var fields = typeof(T).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.NotEmpty(fields);
        for (int i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            bool statistic = field.FieldType == typeof(Tally) || field.FieldType == typeof(QuantileHistogram);
            if (field.IsInitOnly && !statistic)
            {
                continue;
            }

            if (field.FieldType == typeof(long))
            {
                field.SetValue(a, 3L + i);
                field.SetValue(b, 100L + (7L * i));
                expected.Add((field, 103L + (8L * i)));
            }
            else if (field.FieldType == typeof(double))
            {
                field.SetValue(a, 0.5 + i);
                field.SetValue(b, 10.25 + (3 * i));
                expected.Add((field, 10.75 + (4 * i)));
            }
            else if (field.FieldType == typeof(Tally))
            {
                AddValues(v => ((Tally)field.GetValue(a)!).Add(v), i + 1);
                AddValues(v => ((Tally)field.GetValue(b)!).Add(v), 2);
                expected.Add((field, (long)(i + 3)));
            }
            else if (field.FieldType == typeof(QuantileHistogram))
            {
                AddValues(v => ((QuantileHistogram)field.GetValue(a)!).Add(v), i + 1);
                AddValues(v => ((QuantileHistogram)field.GetValue(b)!).Add(v), 2);
                expected.Add((field, (long)(i + 3)));
            }
            else
            {
                Assert.Fail($"{typeof(T).Name}.{field.Name} is a {field.FieldType.Name}: give MergeAssert a rule for it.");
            }
        }

        merge(a, b);

        foreach (var (field, value) in expected)
        {
            object actual = field.GetValue(a) switch
            {
                Tally tally => tally.Count,
                QuantileHistogram histogram => histogram.Count,
                var number => number!,
            };
            Assert.True(Equals(value, actual), $"{typeof(T).Name}.{field.Name} after Merge: expected {value}, found {actual}; is it merged?");
        }
    }

    private static void AddValues(Action<double> add, int count)
    {
        for (int k = 0; k < count; k++)
        {
            add(1.5 + k);
        }
    }
}
