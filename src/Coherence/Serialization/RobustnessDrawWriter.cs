using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coherence.Robustness;

namespace Coherence.Serialization;

/// <summary>Writes the parameters of every draw as JSON Lines: the run, its matrix in the Saltelli design, and per uncertain input its seed and the value it took.</summary>
/// <remarks>A line is enough to redo its draw alone: the rubric's choices with each listed input set to its value.</remarks>
internal sealed class RobustnessDrawWriter : IDisposable
{
    private readonly Stream stream;
    private readonly Utf8JsonWriter json;
    private readonly RobustnessModel model;
    private readonly RobustnessPlan plan;
    private readonly SaltelliDesign? design;

    public RobustnessDrawWriter(Stream stream, RobustnessModel model, RobustnessPlan plan, SaltelliDesign? design)
    {
        this.stream = stream;
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        this.model = model;
        this.plan = plan;
        this.design = design;
    }

    public void Write(int run, DrawState state)
    {
        json.WriteStartObject();
        json.WriteNumber("run", run);
        json.WriteString("matrix", design?.MatrixOf(run) ?? "nominal");
        json.WriteStartArray("inputs");
        for (var j = 0; j < plan.Factors.Count; j++)
        {
            var factor = plan.Factors[j];
            json.WriteStartObject();
            json.WriteString("id", factor.Id);
            json.WriteString("seed", design!.FactorSeed(run, j).ToString(CultureInfo.InvariantCulture));
            switch (factor)
            {
                case WeightsFactor weights:
                    json.WriteStartArray("weights");
                    for (var slot = weights.Start; slot < weights.Start + weights.Count; slot++)
                    {
                        json.WriteNumberValue(state.Weights[slot]);
                    }

                    json.WriteEndArray();
                    break;
                case ChoiceFactor choice:
                    json.WriteString("value", choice.Alternatives[(int)state.FactorChoices[j]]);
                    if (factor.Kind == FactorKind.LevelValues)
                    {
                        json.WriteStartObject("levels");
                        var scale = model.Rubric.FindScale(factor.Id.Substring("levels:".Length))!;
                        var offset = model.LevelOffsets[scale.Id];
                        for (var l = 0; l < scale.Levels.Count; l++)
                        {
                            json.WriteNumber(scale.Levels[l].Id, state.LevelRaw[offset + l]);
                        }

                        json.WriteEndObject();
                    }

                    break;
                default:
                    json.WriteNumber("value", state.FactorChoices[j]);
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        json.Reset();
        stream.WriteByte((byte)'\n');
    }

    public void Dispose() => json.Dispose();
}
