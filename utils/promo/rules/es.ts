/**
 * Spanish promo rules. Data only; normalisation makes accents and case irrelevant ("Lee también" = "lee tambien").
 */
import type { PromoRule, PromoWords } from '../types';

const ES = ['es'] as const;

export const ES_RULES: readonly PromoRule[] = [
  // El País ("Lea también"), La Nación, Clarín, El Mundo ("Te puede interesar").
  {
    id: 'es-lee-tambien',
    langs: ES,
    lead: [
      'Lee también', 'Lea también', 'Leer también', 'Te puede interesar', 'Le puede interesar', 'Te recomendamos', 'Más información:',
      'Noticias relacionadas', 'Relacionado:', 'Relacionada:', 'Ver también', 'Vea también', 'Mira también', 'Seguir leyendo:', 'Lea más:', 'Lee más:',
      'Lea:', 'Lee:', 'Puedes ver:', 'Puede ver:', 'Leer más:', 'Más noticias:', 'También te puede interesar', 'Quizás te interese',
    ],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: 'Enlaces a otros artículos, dentro del texto',
  },
  // Títulos de listas de enlaces dentro del texto.
  {
    id: 'es-relacionados-titulo',
    langs: ES,
    label: ['noticias relacionadas', 'articulos relacionados', 'relacionados', 'te puede interesar', 'lo mas leido', 'mas leidas', 'mas noticias', 'ultimas noticias', 'tambien te puede interesar', 'recomendados'],
    box: true,
    thenLinks: true,
    reason: 'Enlaces a otros artículos, dentro del texto',
  },
  // "MIRA: <titular enlazado>", "Mire: …": un enlace a otra nota, sin vídeo.
  {
    id: 'es-mira-enlace',
    langs: ES,
    lead: ['Mira:', 'Mire:', 'Vea:', 'Lea:', 'Lee:', 'Puedes ver:', 'Te puede interesar:'],
    link: {},
    maxChars: 250,
    reason: 'Enlaces a otros artículos, dentro del texto',
  },
  // Muros de pago y llamadas a suscribirse.
  {
    id: 'es-suscripcion',
    langs: ES,
    lead: ['Este contenido es exclusivo para suscriptores', 'Suscríbete para seguir leyendo', 'Suscríbete para continuar', 'Para seguir leyendo', 'Hazte socio', 'Hazte miembro', 'Ya eres suscriptor', 'Apoya nuestro periodismo', 'Apoya el periodismo', 'Si te parece valioso', 'Apóyanos'],
    maxChars: 600,
    box: true,
    reason: 'Llamada a suscribirse dentro del texto',
  },
  // CoinGeek en español, RTVE, El País: "Ver: <título>" / "Mira:" sobre un vídeo incrustado.
  {
    id: 'es-ver-embed',
    langs: ES,
    lead: ['Ver:', 'Mira:', 'Mire:', 'Vídeo:', 'Video:', 'Ver vídeo:', 'Ver video:'],
    maxChars: 300,
    embed: 'required',
    reason: 'Publicidad propia: un vídeo destacado, con su reproductor',
  },
  // CNET en Español: un reproductor de vídeo propio dentro del texto, "Reproduciendo: Mira esto: …".
  {
    id: 'es-reproduciendo',
    langs: ES,
    lead: ['Reproduciendo:', 'Mira esto:'],
    maxChars: 300,
    box: true,
    embed: 'optional',
    reason: 'Publicidad propia: un vídeo destacado dentro del texto',
  },
  // El País, El Confidencial: boletines.
  {
    id: 'es-boletin',
    langs: ES,
    lead: ['Suscríbete', 'Suscríbase', 'Apúntate', 'Regístrate', 'Recibe', 'Reciba', 'Inscríbete'],
    text: /\b(?:boletin(?:es)?|newsletters?|correo)\b/,
    maxChars: 400,
    box: true,
    reason: 'Recuadro de suscripción a un boletín',
  },
  {
    id: 'es-patrocinado',
    langs: ES,
    lead: ['Contenido patrocinado', 'Patrocinado por', 'Patrocinado:', 'Publirreportaje', 'En colaboración con'],
    maxChars: 400,
    box: true,
    reason: 'Contenido patrocinado dentro del texto',
  },
  // Etiquetas sueltas: "Publicidad" (El País, Clarín).
  {
    id: 'es-etiqueta-publicidad',
    langs: ES,
    label: ['publicidad', 'patrocinado', 'anuncio', 'contenido patrocinado'],
    box: true,
    reason: 'Etiqueta publicitaria dentro del texto',
  },
  {
    id: 'es-siguenos',
    langs: ES,
    text: /^(?:siguenos|sigue a [\w.'-]+(?: [\w.'-]+){0,3}) en (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|telegram|whatsapp|google news)\b/,
    maxChars: 250,
    reason: 'Invitación a seguir al medio en redes sociales',
  },
];

export const ES_WORDS = {
  invite: ['consulta', 'consulte', 'descubre', 'descubra', 'lee', 'lea', 'visita', 'visite', 'suscribete', 'suscribase', 'siguenos', 'mira', 'escucha', 'descarga', 'explora', 'no te pierdas'],
} as const satisfies PromoWords;
