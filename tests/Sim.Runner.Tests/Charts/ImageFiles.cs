using System.Buffers.Binary;
using System.Xml.Linq;
using Sim.Runner.Charts;

namespace Sim.Runner.Tests.Charts;

/// <summary>Checks on the chart files gnuplot writes: valid PNG and SVG, and scripts that re-render them.</summary>
internal static class ImageFiles
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Asserts a PNG signature, an IHDR first with a plausible size, and an IEND last.</summary>
    public static void AssertPng(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path}: {bytes.Length} bytes");
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        int width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        int height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        Assert.InRange(width, 300, 4000);
        Assert.InRange(height, 200, 4000);
        Assert.Equal("IEND"u8.ToArray(), bytes[^8..^4]);
    }

    /// <summary>Asserts well-formed XML with an svg root of a plausible size that draws something.</summary>
    public static void AssertSvg(string path)
    {
        var document = XDocument.Load(path);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(svg + "svg", document.Root!.Name);
        Assert.InRange(int.Parse(document.Root.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture), 300, 4000);
        Assert.True(document.Descendants(svg + "path").Count() > 10, $"{path} draws little");
    }

    /// <summary>Asserts that every chart in <paramref name="folder"/> has its CSV, script, PNG and SVG, valid, and that running the script again gives the same bytes.</summary>
    public static void AssertChartsReRender(string folder, int atLeast)
    {
        var scripts = Directory.GetFiles(folder, "*.gp");
        Assert.True(scripts.Length >= atLeast, $"{scripts.Length} charts in {folder}");
        foreach (string script in scripts)
        {
            string stem = Path.ChangeExtension(script, null);
            Assert.True(File.Exists(stem + ".csv"), $"{stem}.csv");
            AssertPng(stem + ".png");
            AssertSvg(stem + ".svg");
            byte[] png = File.ReadAllBytes(stem + ".png");
            byte[] svg = File.ReadAllBytes(stem + ".svg");
            File.Delete(stem + ".png");
            File.Delete(stem + ".svg");

            GnuplotRenderer.Run(folder, Path.GetFileName(script));

            Assert.Equal(png, File.ReadAllBytes(stem + ".png"));
            Assert.Equal(svg, File.ReadAllBytes(stem + ".svg"));
        }
    }
}
