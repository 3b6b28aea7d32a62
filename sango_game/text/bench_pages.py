"""Sample dialogue pages (about 300 words each) for the text benchmark and the gallery.

The same scene in each shipped language: a child, Pip, tells Sango about a
stranger in a game chat. Written for this benchmark (not level content); the
nickname stays "Pip" in Latin letters in Arabic, as a player's nickname would.
"""

from __future__ import annotations


def _french_spacing(line: str) -> str:
    """French typography: no-break spaces before : and narrow ones before ? ! ;"""
    line = line.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for mark in "?!;":
        line = line.replace(f" {mark}", f"\u202f{mark}")
    return line


EN = (
    "<name>Sango</name>: Hi <name>Pip</name>! You look worried. What happened after school today?",
    "<name>Pip</name>: Someone called StarKid99 sent me a message in the game chat. They said they"
    " are eleven, like me, and that they have 4000 gold coins to give away.",
    "<name>Sango</name>: That sounds exciting. What did they ask you to do?",
    "<name>Pip</name>: They asked for my password so they could put the coins into my account."
    " They also wanted a photo of me in my school uniform, \u201cjust to be sure I am real\u201d.",
    "<name>Sango</name>: Thank you for telling me. That was a brave and smart thing to do. Let us"
    " think about it together. Do you know StarKid99 in real life?",
    "<name>Pip</name>: No. I have never met them. But they were really friendly, and they liked"
    " all my drawings.",
    "<name>Sango</name>: People online can be friendly and still not be who they say they are. A"
    " real friend never needs your password. Your password is like the key to your house: you"
    " keep it to yourself, and you share it only with a parent or carer.",
    "<name>Pip</name>: And the photo? It was only my face and my uniform.",
    "<name>Sango</name>: A uniform shows which school you go to, so a stranger could find out"
    " where you are every day. <unsafe>Sending the photo</unsafe> would not be safe."
    " <safe>Telling a grown-up you trust</safe> is the best next step.",
    "<name>Pip</name>: Should I just ignore the messages?",
    "<name>Sango</name>: You can block StarKid99 and report the account to the game. Take a"
    " screenshot first, so an adult can see what was written. You did nothing wrong, Pip, and"
    " you are not in trouble.",
    "<name>Pip</name>: Okay. I will show my mum tonight, and we can report it together.",
    "<name>Sango</name>: Great plan! Remember: if something online makes you feel uneasy, pause,"
    " and talk to someone you trust. Your safety matters more than any coins, points or prizes"
    " in a game.",
)

FR = tuple(_french_spacing(line) for line in (
    "<name>Sango</name> : Salut <name>Pip</name> ! Tu as l’air inquiet. Que s’est-il passé après"
    " l’école aujourd’hui ?",
    "<name>Pip</name> : Quelqu’un qui s’appelle StarKid99 m’a envoyé un message dans le chat du"
    " jeu. Il dit qu’il a onze ans, comme moi, et qu’il a 4\u202f000 pièces d’or à donner.",
    "<name>Sango</name> : Ça a l’air génial. Qu’est-ce qu’il t’a demandé de faire ?",
    "<name>Pip</name> : Il m’a demandé mon mot de passe pour mettre les pièces sur mon compte. Il"
    " voulait aussi une photo de moi dans mon uniforme d’école, « juste pour être sûr que je suis"
    " vrai ».",
    "<name>Sango</name> : Merci de me l’avoir dit. C’était courageux et malin. Réfléchissons"
    " ensemble. Est-ce que tu connais StarKid99 dans la vraie vie ?",
    "<name>Pip</name> : Non. Je ne l’ai jamais rencontré. Mais il était très gentil, et il aimait"
    " tous mes dessins.",
    "<name>Sango</name> : En ligne, quelqu’un peut être gentil sans être la personne qu’il"
    " prétend être. Un vrai ami n’a jamais besoin de ton mot de passe. Ton mot de passe, c’est"
    " comme la clé de ta maison : tu le gardes pour toi, et tu ne le partages qu’avec un parent"
    " ou un adulte qui s’occupe de toi.",
    "<name>Pip</name> : Et la photo ? On voyait seulement mon visage et mon uniforme.",
    "<name>Sango</name> : Un uniforme montre dans quelle école tu vas, alors un inconnu pourrait"
    " savoir où tu es chaque jour. <unsafe>Envoyer la photo</unsafe> ne serait pas prudent."
    " <safe>En parler à un adulte de confiance</safe>, c’est la meilleure chose à faire"
    " maintenant.",
    "<name>Pip</name> : Est-ce que je dois juste ignorer les messages ?",
    "<name>Sango</name> : Tu peux bloquer StarKid99 et signaler le compte au jeu. Fais d’abord une"
    " capture d’écran, pour qu’un adulte puisse voir ce qui a été écrit. Tu n’as rien fait de"
    " mal, Pip, et tu n’as pas d’ennuis.",
    "<name>Pip</name> : D’accord. Je vais le montrer à ma maman ce soir, et on le signalera"
    " ensemble.",
    "<name>Sango</name> : Excellent plan ! Souviens-toi : si quelque chose en ligne te met mal à"
    " l’aise, fais une pause et parles-en à quelqu’un de confiance. Ta sécurité compte plus que"
    " toutes les pièces, tous les points ou tous les prix d’un jeu.",
))

ES = (
    "<name>Sango</name>: ¡Hola, <name>Pip</name>! Pareces preocupado. ¿Qué pasó hoy después de"
    " clase?",
    "<name>Pip</name>: Alguien llamado StarKid99 me mandó un mensaje en el chat del juego. Dice"
    " que tiene once años, como yo, y que tiene 4000 monedas de oro para regalar.",
    "<name>Sango</name>: Suena emocionante. ¿Qué te pidió que hicieras?",
    "<name>Pip</name>: Me pidió mi contraseña para poner las monedas en mi cuenta. También quería"
    " una foto mía con el uniforme del colegio, «solo para estar seguro de que soy real».",
    "<name>Sango</name>: Gracias por contármelo. Fue algo valiente e inteligente. Pensemos"
    " juntos. ¿Conoces a StarKid99 en la vida real?",
    "<name>Pip</name>: No. Nunca lo he visto. Pero era muy simpático y le gustaban todos mis"
    " dibujos.",
    "<name>Sango</name>: En internet, alguien puede ser simpático y aun así no ser quien dice ser."
    " Un amigo de verdad nunca necesita tu contraseña. Tu contraseña es como la llave de tu"
    " casa: te la guardas, y solo la compartes con tu madre, tu padre o la persona que te cuida.",
    "<name>Pip</name>: ¿Y la foto? Solo salían mi cara y mi uniforme.",
    "<name>Sango</name>: El uniforme muestra a qué colegio vas, así que un desconocido podría"
    " saber dónde estás cada día. <unsafe>Enviar la foto</unsafe> no sería seguro."
    " <safe>Contárselo a un adulto de confianza</safe> es el mejor paso ahora.",
    "<name>Pip</name>: ¿Debería simplemente ignorar los mensajes?",
    "<name>Sango</name>: Puedes bloquear a StarKid99 y denunciar la cuenta en el juego. Primero"
    " haz una captura de pantalla, para que un adulto pueda ver lo que escribió. No hiciste nada"
    " malo, Pip, y no estás en problemas.",
    "<name>Pip</name>: Vale. Se lo enseñaré a mi mamá esta noche y lo denunciaremos juntos.",
    "<name>Sango</name>: ¡Muy buen plan! Recuerda: si algo en internet te hace sentir incómodo,"
    " detente y habla con alguien de confianza. Tu seguridad importa más que cualquier moneda,"
    " punto o premio de un juego.",
)

RU = (
    "<name>Санго</name>: Привет, <name>Пип</name>! Ты выглядишь встревоженным. Что случилось"
    " сегодня после школы?",
    "<name>Пип</name>: Кто-то по имени StarKid99 написал мне в чате игры. Он говорит, что ему"
    " одиннадцать лет, как и мне, и что он раздаёт 4000 золотых монет.",
    "<name>Санго</name>: Звучит заманчиво. А что он попросил тебя сделать?",
    "<name>Пип</name>: Он попросил мой пароль, чтобы перевести монеты на мой аккаунт. А ещё он"
    " хотел мою фотографию в школьной форме, «просто чтобы убедиться, что я настоящий».",
    "<name>Санго</name>: Спасибо, что рассказал мне. Это был смелый и умный поступок. Давай"
    " подумаем вместе. Ты знаешь StarKid99 в реальной жизни?",
    "<name>Пип</name>: Нет. Я никогда его не видел. Но он был очень дружелюбным, и ему нравились"
    " все мои рисунки.",
    "<name>Санго</name>: В интернете человек может быть дружелюбным и всё равно не быть тем, за"
    " кого себя выдаёт. Настоящему другу никогда не нужен твой пароль. Пароль — это как ключ от"
    " твоего дома: ты хранишь его у себя и делишься им только с родителями или с тем, кто о тебе"
    " заботится.",
    "<name>Пип</name>: А фотография? Там были только моё лицо и форма.",
    "<name>Санго</name>: По форме видно, в какой школе ты учишься, и незнакомец может узнать, где"
    " ты бываешь каждый день. <unsafe>Отправить фотографию</unsafe> небезопасно."
    " <safe>Рассказать взрослому, которому ты доверяешь</safe>, — лучший следующий шаг.",
    "<name>Пип</name>: Может, мне просто не отвечать на сообщения?",
    "<name>Санго</name>: Ты можешь заблокировать StarKid99 и пожаловаться на этот аккаунт в игре."
    " Сначала сделай снимок экрана, чтобы взрослый увидел, что было написано. Ты ни в чём не"
    " виноват, Пип, и тебя никто не будет ругать.",
    "<name>Пип</name>: Хорошо. Сегодня вечером я покажу это маме, и мы вместе отправим жалобу.",
    "<name>Санго</name>: Отличный план! Запомни: если что-то в интернете вызывает у тебя"
    " тревогу, остановись и поговори с тем, кому доверяешь. Твоя безопасность важнее любых"
    " монет, очков и призов в игре.",
)

AR = (
    "<name>سانغو</name>: مرحبًا يا <name>Pip</name>! تبدو قلقًا. ماذا حدث اليوم بعد المدرسة؟",
    "<name>Pip</name>: أرسل لي شخص اسمه StarKid99 رسالة في دردشة اللعبة. قال إن عمره 11 سنة"
    " مثلي، وإن لديه 4000 قطعة ذهبية يريد أن يوزعها.",
    "<name>سانغو</name>: يبدو هذا مثيرًا. ماذا طلب منك أن تفعل؟",
    "<name>Pip</name>: طلب كلمة السر الخاصة بي ليضع القطع الذهبية في حسابي. وأراد أيضًا صورة لي"
    " بزي المدرسة، «فقط ليتأكد أنني شخص حقيقي».",
    "<name>سانغو</name>: شكرًا لأنك أخبرتني. كان هذا تصرفًا شجاعًا وذكيًا. لنفكر في الأمر معًا."
    " هل تعرف StarKid99 في الحياة الحقيقية؟",
    "<name>Pip</name>: لا. لم ألتقِ به أبدًا. لكنه كان لطيفًا جدًا، وأعجبته كل رسوماتي.",
    "<name>سانغو</name>: قد يكون الناس على الإنترنت لطفاء، ومع ذلك لا يكونون من يدّعون أنهم هم."
    " الصديق الحقيقي لا يحتاج أبدًا إلى كلمة السر الخاصة بك. كلمة السر مثل مفتاح بيتك: تحتفظ"
    " بها لنفسك، ولا تشاركها إلا مع أحد والديك أو من يرعاك.",
    "<name>Pip</name>: والصورة؟ لم يظهر فيها إلا وجهي وزيّي المدرسي.",
    "<name>سانغو</name>: الزي يكشف المدرسة التي تذهب إليها، فيستطيع الغريب أن يعرف أين تكون كل"
    " يوم. <unsafe>إرسال الصورة</unsafe> ليس آمنًا. <safe>إخبار شخص بالغ تثق به</safe> هو أفضل"
    " خطوة الآن.",
    "<name>Pip</name>: هل أتجاهل الرسائل فقط؟",
    "<name>سانغو</name>: يمكنك حظر StarKid99 والإبلاغ عن الحساب في اللعبة. التقط صورة للشاشة"
    " أولًا، حتى يرى شخص بالغ ما كُتب. أنت لم تفعل شيئًا خاطئًا يا Pip، ولست في ورطة.",
    "<name>Pip</name>: حسنًا. سأري أمي الليلة، وسنبلغ عنه معًا.",
    "<name>سانغو</name>: خطة رائعة! تذكّر: إذا جعلك شيء على الإنترنت تشعر بعدم الارتياح، توقف"
    " وتحدث مع شخص تثق به. سلامتك أهم من أي قطع ذهبية أو نقاط أو جوائز في لعبة.",
)

ZH = (
    "<name>桑戈</name>：你好，<name>皮普</name>！你看起来有点担心。今天放学后发生了什么事？",
    "<name>皮普</name>：一个叫 StarKid99 的人在游戏聊天里给我发了消息。他说他十一岁，和我一样大，"
    "还说他有 4000 枚金币要送人。",
    "<name>桑戈</name>：听起来很诱人。他让你做什么？",
    "<name>皮普</name>：他要我的密码，说要把金币放进我的账号。他还想要一张我穿校服的照片，"
    "“只是为了确认我是真人”。",
    "<name>桑戈</name>：谢谢你告诉我。你做得既勇敢又聪明。我们一起想一想。你在现实生活中认识"
    " StarKid99 吗？",
    "<name>皮普</name>：不认识。我从来没见过他。可是他特别友好，还喜欢我所有的画。",
    "<name>桑戈</name>：网上的人可以很友好，但不一定是他们自己说的那个人。真正的朋友永远不需要"
    "你的密码。密码就像你家的钥匙：你要自己保管，只能告诉爸爸妈妈或者照顾你的大人。",
    "<name>皮普</name>：那照片呢？照片上只有我的脸和校服。",
    "<name>桑戈</name>：校服会暴露你在哪所学校上学，陌生人就可能知道你每天在哪里。"
    "<unsafe>发送照片</unsafe>是不安全的。<safe>告诉一个你信任的大人</safe>才是现在最好的做法。",
    "<name>皮普</name>：我是不是不理那些消息就行了？",
    "<name>桑戈</name>：你可以拉黑 StarKid99，并在游戏里举报这个账号。先截个图，这样大人就能看到"
    "他写了什么。皮普，你没有做错任何事，也不会因此挨骂。",
    "<name>皮普</name>：好的。今天晚上我给妈妈看，我们一起举报。",
    "<name>桑戈</name>：好主意！记住：如果网上有什么事让你觉得不舒服，就先停下来，跟你信任的人"
    "聊一聊。你的安全比游戏里的任何金币、积分和奖品都重要。",
)

PAGES: dict[str, tuple[str, ...]] = {"en": EN, "fr": FR, "es": ES, "ar": AR, "ru": RU, "zh": ZH}
