using System;
using System.Collections.Generic;
using System.Globalization;

namespace Coherence.Cli.Commands;

/// <summary>The words the agree and reconcile commands print, in English and Spanish.</summary>
internal sealed class AgreementWords
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        // key: { en, es }
        ["agreement"] = new[] { "Agreement", "Acuerdo" },
        ["part"] = new[] { "Part", "Parte" },
        ["compared"] = new[] { "Compared", "Comparadas" },
        ["exact"] = new[] { "Exact", "Exacto" },
        ["difference"] = new[] { "Mean diff.", "Dif. media" },
        ["alpha"] = new[] { "α [{0} CI]", "α [IC {0}]" },
        ["kappa-linear"] = new[] { "κ linear", "κ lineal" },
        ["kappa-quadratic"] = new[] { "κ quadratic", "κ cuadrática" },
        ["ordinal"] = new[] { "ordinal", "ordinal" },
        ["interval"] = new[] { "interval", "intervalo" },
        ["largest"] = new[] { "Largest disagreements ({0} of {1})", "Mayores desacuerdos ({0} de {1})" },
        ["cell"] = new[] { "Indicator · group · facet", "Indicador · grupo · faceta" },
        ["lower"] = new[] { "{0} rates {1} {2} points lower than the others on average ({3} cells).", "{0} califica {1} {2} puntos más bajo que los demás, en promedio ({3} celdas)." },
        ["lower-than"] = new[] { "{0} rates {1} {2} points lower than {3} on average ({4} cells).", "{0} califica {1} {2} puntos más bajo que {3}, en promedio ({4} celdas)." },
        ["higher-than"] = new[] { "{0} rates {1} {2} points higher than {3} on average ({4} cells).", "{0} califica {1} {2} puntos más alto que {3}, en promedio ({4} celdas)." },
        ["legend"] = new[] { "Exact: share of cells with the same answer. Mean diff.: points of 0-100 between two teams' answers. α: Krippendorff's alpha (1 perfect, 0 chance). κ: weighted kappa.", "Exacto: proporción de celdas con la misma respuesta. Dif. media: puntos de 0 a 100 entre las respuestas de dos equipos. α: alfa de Krippendorff (1 perfecto, 0 azar). κ: kappa ponderada." },
        ["higher"] = new[] { "{0} rates {1} {2} points higher than the others on average ({3} cells).", "{0} califica {1} {2} puntos más alto que los demás, en promedio ({3} celdas)." },
        ["blank"] = new[] { "(blank)", "(en blanco)" },
        ["few"] = new[] { "With {0} teams and {1} cells compared, read alpha's interval before its value.", "Con {0} equipos y {1} celdas comparadas, lea el intervalo de alfa antes que su valor." },
        ["consensus"] = new[] { "Consensus", "Consenso" },
        ["disagreements"] = new[] { "Cells on which the teams differ", "Celdas en que los equipos difieren" },
        ["settled"] = new[] { "settled by a rule", "resueltas por una regla" },
        ["decided"] = new[] { "decided in the workbook", "decididas en el libro" },
        ["unresolved"] = new[] { "left unknown (unresolved)", "quedan como desconocidas (sin resolver)" },
        ["written"] = new[] { "Written: {0}", "Escrito: {0}" },
    };

    private readonly int column;

    public AgreementWords(string language) => column = language == "es" ? 1 : 0;

    public string this[string key] => Table.TryGetValue(key, out var texts) ? texts[column] : key;

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);
}
