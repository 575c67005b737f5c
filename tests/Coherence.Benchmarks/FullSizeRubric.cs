using System.Globalization;
using System.Text;

namespace Coherence.Benchmarks;

/// <summary>A rubric of the bundled Mesoamerica rubric's size, for timing: 14 dimensions, 70 indicators, 5 groups, es and en, two 5-level scales.</summary>
/// <remarks>Used when the bundled rubric is not at hand; texts have realistic lengths.</remarks>
public static class FullSizeRubric
{
    private static readonly string[] Groups = { "immigrants", "emigrants", "transit", "returnees", "refugees" };
    private static readonly string[] Provision = { "absent", "minimal", "partial", "substantial", "comprehensive" };
    private static readonly string[] Implementation = { "none", "incipient", "partial", "extensive", "full" };

    public static string Yaml()
    {
        var y = new StringBuilder();
        y.AppendLine("apiVersion: coherence/v1");
        y.AppendLine("kind: Rubric");
        y.AppendLine("metadata:");
        y.AppendLine("  id: full-size");
        y.AppendLine("  version: 1.0.0");
        y.AppendLine("  languages: [es, en]");
        y.AppendLine("  title: { es: \"Rúbrica de tamaño completo\", en: \"Full-size rubric\" }");
        y.AppendLine("spec:");
        y.AppendLine("  facets:");
        y.AppendLine("    - { id: law, name: { es: Ley, en: Law }, scale: provision }");
        y.AppendLine("    - { id: practice, name: { es: Práctica, en: Practice }, scale: implementation }");
        y.AppendLine("  scales:");
        Scale(y, "provision", Provision, new[] { "Ausente", "Mínima", "Parcial", "Sustancial", "Integral" }, new[] { "Absent", "Minimal", "Partial", "Substantial", "Comprehensive" });
        Scale(y, "implementation", Implementation, new[] { "Nula", "Incipiente", "Parcial", "Amplia", "Plena" }, new[] { "None", "Incipient", "Partial", "Extensive", "Full" });
        y.AppendLine("  groups:");
        foreach (var group in Groups)
        {
            y.AppendLine($"    - {{ id: {group}, name: {{ es: \"Personas {group}\", en: \"{group}\" }} }}");
        }

        y.AppendLine("  dimensions:");
        for (var d = 1; d <= 14; d++)
        {
            y.AppendLine($"    - id: dim{d:00}");
            y.AppendLine($"      name: {{ es: \"Dimensión {d} de la política migratoria\", en: \"Migration policy dimension {d}\" }}");
            y.AppendLine("      indicators:");
            for (var i = 1; i <= 5; i++)
            {
                var id = string.Format(CultureInfo.InvariantCulture, "D{0:00}-{1:00}", d, i);
                y.AppendLine($"        - id: {id}");
                y.AppendLine($"          name: {{ es: \"Indicador {id} sobre acceso a derechos y servicios\", en: \"Indicator {id} on access to rights and services\" }}");
                if (i == 5)
                {
                    y.AppendLine("          groups: [immigrants, transit, refugees]");
                }

                y.AppendLine("          facets:");
                Facet(y, "law", id, Provision, "¿La normativa vigente reconoce y garantiza expresamente este derecho para las personas del grupo, sin requisitos discriminatorios?", "Does the law in force expressly recognise and guarantee this right for people of the group, without discriminatory requirements?");
                Facet(y, "practice", id, Implementation, "¿Las personas del grupo acceden efectivamente a este derecho o servicio, según registros administrativos y evaluaciones recientes?", "Do people of the group actually access this right or service, according to administrative records and recent evaluations?");
                y.AppendLine($"          evidence: {{ es: \"Norma y artículo aplicables; registros administrativos, presupuestos e informes de evaluación de los últimos dos años.\", en: \"The applicable norm and article; administrative records, budgets and evaluation reports from the last two years.\" }}");
            }
        }

        return y.ToString();
    }

    private static void Scale(StringBuilder y, string id, string[] ids, string[] es, string[] en)
    {
        y.AppendLine($"    - id: {id}");
        y.AppendLine("      type: ordinal");
        y.AppendLine("      levels:");
        for (var l = 0; l < ids.Length; l++)
        {
            var value = (l * 25).ToString(CultureInfo.InvariantCulture);
            y.AppendLine($"        - {{ id: {ids[l]}, value: {value}, label: {{ es: {es[l]}, en: {en[l]} }}, descriptor: {{ es: \"Nivel {es[l]} en general: descripción de lo que se observa en este nivel.\", en: \"{en[l]} level in general: what is observed at this level.\" }} }}");
        }
    }

    private static void Facet(StringBuilder y, string facet, string id, string[] levels, string es, string en)
    {
        y.AppendLine($"            {facet}:");
        y.AppendLine($"              question: {{ es: \"{es}\", en: \"{en}\" }}");
        y.AppendLine("              levels:");
        foreach (var level in levels)
        {
            y.AppendLine($"                {level}: {{ es: \"Para {id}, el nivel {level} significa que la situación observada cumple los criterios de este nivel en la mayor parte del territorio.\", en: \"For {id}, level {level} means the observed situation meets this level's criteria in most of the territory.\" }}");
        }
    }
}
