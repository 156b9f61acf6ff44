from tools.gold.spec import Seed
SEED = Seed(stem="003_232e310d2a4f97cd", entities=(), quotes=(), claims=())
